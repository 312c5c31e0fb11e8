/** Automatic collection at issue with a saved method, and the webhooks that save or forget that method. */
export { collectionCall, queueCollections } from "./collect.server";
export { forgetMethod, methodHandlers } from "./methods.server";
