/**
 * The one `Buffer` call the double's xlsx code makes (`Buffer.from(bytes)`), for the browser:
 * a Uint8Array is what `Blob` and ExcelJS's browser build take.
 */
export const Buffer = {
  from(bytes: ArrayBuffer | ArrayLike<number>): Uint8Array {
    return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes as ArrayBuffer);
  },
};
