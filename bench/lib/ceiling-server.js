// Serves the bench/ceiling build with nothing but @remix-run/express: the framework's own limit.
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import express from "express";

const build = await import(path.resolve("bench/.tmp/ceiling-build/index.js"));
const app = express();
app.all("*", createRequestHandler({ build, mode: "production" }));
const server = app.listen(Number(process.env.PORT), "127.0.0.1");
process.on("SIGTERM", () => server.close(() => process.exit(0)));
