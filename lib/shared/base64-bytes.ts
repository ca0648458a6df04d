/**
 * Bytes as base64 text and back: how typed arrays travel through extension messages and
 * storage, which carry JSON only. The browsers' native Uint8Array.toBase64/fromBase64 are used
 * where present (a decode of megabytes in a millisecond or two); elsewhere (Node before 25)
 * btoa/atob over binary strings.
 */
interface NativeBase64 {
  toBase64?(this: Uint8Array): string;
}
interface NativeFromBase64 {
  fromBase64?(text: string): Uint8Array;
}

/** Characters per btoa call: String.fromCharCode takes its arguments on the stack. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as unknown as NativeBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Throws on text that is not base64 (`what` names it in the error). */
export function base64ToBytes(text: string, what: string): Uint8Array {
  try {
    const native = (Uint8Array as unknown as NativeFromBase64).fromBase64;
    if (typeof native === 'function') return native(text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    throw new Error(`${what}: expected base64 text`);
  }
}
