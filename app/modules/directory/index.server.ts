// What other modules and routes may use of directory on the server (with everything in index.ts).
export { listDirectory, myProfile, photoFor, removePhoto, savePhoto, saveProfile, tagCloud } from "./directory.server";
export * from "./index";
