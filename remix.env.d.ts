/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// Single Fetch: loaders and actions return data() / plain objects, typed end to end.
declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export {};
