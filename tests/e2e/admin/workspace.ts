/**
 * The one stand-in in the editor tests: the operating system's folder picker. The page's
 * `showDirectoryPicker()` returns the browser's origin-private file system (a real
 * FileSystemDirectoryHandle, which Sveltia stores and reads like any folder), seeded from a
 * temporary copy of `content/` on disk and copied back to disk after saving. Everything
 * else — reading, editing, writing files — is Sveltia's own code.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import type { Page } from '@playwright/test';

export interface Workspace {
  /** A temporary repository root holding `content/`. */
  root: string;
  dispose(): void;
}

export function makeWorkspace(): Workspace {
  const root = mkdtempSync(join(tmpdir(), 'cms-e2e-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  return { root, dispose: () => rmSync(root, { recursive: true, force: true }) };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
}

/** Copy the workspace into the page's private file system and make the picker return it. */
export async function openWorkspace(page: Page, ws: Workspace) {
  const files = walk(ws.root).map((p) => ({ path: relative(ws.root, p), data: readFileSync(p).toString('base64') }));
  await page.addInitScript(() => {
    (window as any).showDirectoryPicker = async () => navigator.storage.getDirectory();
  });
  await page.goto('/admin/');
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    for await (const name of (root as any).keys()) await root.removeEntry(name, { recursive: true });
    const write = async (path: string, bytes: Uint8Array) => {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(bytes as BufferSource);
      await writable.close();
    };
    // Sveltia checks that the chosen folder is a repository root (it has `.git`).
    await write('.git/HEAD', new TextEncoder().encode('ref: refs/heads/main\n'));
    for (const f of files) await write(f.path, Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0)));
  }, files);
  await page.reload();
}

/** Copy the page's private file system back into the workspace (content/ only). */
export async function syncBack(page: Page, ws: Workspace) {
  const files: { path: string; data: string }[] = await page.evaluate(async () => {
    const out: { path: string; data: string }[] = [];
    const visit = async (dir: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (dir as any).entries()) {
        const path = prefix ? `${prefix}/${name}` : name;
        if (handle.kind === 'directory') await visit(handle, path);
        else {
          const bytes = new Uint8Array(await (await handle.getFile()).arrayBuffer());
          let bin = '';
          for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
          out.push({ path, data: btoa(bin) });
        }
      }
    };
    await visit(await (await navigator.storage.getDirectory()).getDirectoryHandle('content'), 'content');
    return out;
  });
  rmSync(join(ws.root, 'content'), { recursive: true, force: true });
  for (const f of files) {
    mkdirSync(dirname(join(ws.root, f.path)), { recursive: true });
    writeFileSync(join(ws.root, f.path), Buffer.from(f.data, 'base64'));
  }
}
