// Points Excalidraw at the fonts served from our origin (scripts/vite-plugin-excalidraw-assets.ts).
// Its own module, imported before Excalidraw: Excalidraw builds its font faces, URLs and all, when
// its module is first evaluated, so the path must be set before that, not in the module importing it.
declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

window.EXCALIDRAW_ASSET_PATH = `${import.meta.env.BASE_URL}excalidraw/`;

export {};
