/** Automatic collection at issue with a saved method, and saving/forgetting that method. */
export { collectionCall, queueCollections } from "./collect.server";
export { noteCollection } from "./outcome.server";
export { forgetMethod, methodHandlers, methodLabel, saveMethod } from "./methods.server";
