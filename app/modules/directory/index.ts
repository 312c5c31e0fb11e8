// What the browser and the server may use of directory: client-safe code only, never a .server file.
export { initialsOf, MAX_TAGS, sniffImageType, suggestedTags } from "./directory";
export { directoryFilterSchema, profileSchema } from "./directory.schema";
