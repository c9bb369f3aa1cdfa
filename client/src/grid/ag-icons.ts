// GENERATED from ag-grid-community 36.2.0 (its Quartz icon set, iconSetQuartzRegular, stroke width 1.5): only the icons
// our grids can show (sort, filter, loading, column move and pin, menus, tree/group, arrows), so the theme does not
// carry all of them (~7 kB gzipped; the absolute-sort icons alone are 7 kB raw). ag-setup.ts builds the theme with it.
// To refresh after an AG Grid upgrade: copy the same names from iconNameToSvgFragment / iconNameToFullSvg.
export const ICON_FRAGMENTS: Record<string, string> = {
  "asc": "<path d=\"m5 12 7-7 7 7\"/><path d=\"M12 19V5\"/>",
  "desc": "<path d=\"M12 5v14\"/><path d=\"m19 12-7 7-7-7\"/>",
  "none": "<path d=\"m7 15 5 5 5-5\"/><path d=\"m7 9 5-5 5 5\"/>",
  "grip": "<circle cx=\"5\" cy=\"8\" r=\"0.5\"/><circle cx=\"12\" cy=\"8\" r=\"0.5\"/><circle cx=\"19\" cy=\"8\" r=\"0.5\"/><circle cx=\"5\" cy=\"16\" r=\"0.5\"/><circle cx=\"12\" cy=\"16\" r=\"0.5\"/><circle cx=\"19\" cy=\"16\" r=\"0.5\"/><g stroke=\"none\" fill=\"currentColor\"><circle cx=\"5\" cy=\"8\" r=\"1\"/><circle cx=\"12\" cy=\"8\" r=\"1\"/><circle cx=\"19\" cy=\"8\" r=\"1\"/><circle cx=\"5\" cy=\"16\" r=\"1\"/><circle cx=\"12\" cy=\"16\" r=\"1\"/><circle cx=\"19\" cy=\"16\" r=\"1\"/></g>",
  "pin": "<line x1=\"12\" x2=\"12\" y1=\"17\" y2=\"22\"/><path d=\"M5 17h14v-1.76a2 2 0 0 0-1.11-1.79l-1.78-.9A2 2 0 0 1 15 10.76V6h1a2 2 0 0 0 0-4H8a2 2 0 0 0 0 4h1v4.76a2 2 0 0 1-1.11 1.79l-1.78.9A2 2 0 0 0 5 15.24Z\"/>",
  "eye-slash": "<path d=\"M9.88 9.88a3 3 0 1 0 4.24 4.24\"/><path d=\"M10.73 5.08A10.43 10.43 0 0 1 12 5c7 0 10 7 10 7a13.16 13.16 0 0 1-1.67 2.68\"/><path d=\"M6.61 6.61A13.526 13.526 0 0 0 2 12s3 7 10 7a9.74 9.74 0 0 0 5.39-1.61\"/><line x1=\"2\" x2=\"22\" y1=\"2\" y2=\"22\"/>",
  "arrows": "<polyline points=\"5 9 2 12 5 15\"/><polyline points=\"9 5 12 2 15 5\"/><polyline points=\"15 19 12 22 9 19\"/><polyline points=\"19 9 22 12 19 15\"/><line x1=\"2\" x2=\"22\" y1=\"12\" y2=\"12\"/><line x1=\"12\" x2=\"12\" y1=\"2\" y2=\"22\"/>",
  "left": "<path d=\"m12 19-7-7 7-7\"/><path d=\"M19 12H5\"/>",
  "right": "<path d=\"M5 12h14\"/><path d=\"m12 5 7 7-7 7\"/>",
  "group": "<path d=\"M16 12H3\"/><path d=\"M16 18H3\"/><path d=\"M10 6H3\"/><path d=\"M21 18V8a2 2 0 0 0-2-2h-5\"/><path d=\"m16 8-2-2 2-2\"/>",
  "aggregation": "<path d=\"M18 7V4H6l6 8-6 8h12v-3\"/>",
  "pivot": "<path d=\"M15 3v18\"/><rect width=\"18\" height=\"18\" x=\"3\" y=\"3\" rx=\"2\"/><path d=\"M21 9H3\"/><path d=\"M21 15H3\"/>",
  "not-allowed": "<circle cx=\"12\" cy=\"12\" r=\"10\"/><path d=\"m4.9 4.9 14.2 14.2\"/>",
  "menu": "<line x1=\"4\" x2=\"20\" y1=\"12\" y2=\"12\"/><line x1=\"4\" x2=\"20\" y1=\"6\" y2=\"6\"/><line x1=\"4\" x2=\"20\" y1=\"18\" y2=\"18\"/>",
  "menu-alt": "<circle cx=\"12\" cy=\"5\" r=\"0.75\" fill=\"#D9D9D9\"/><circle cx=\"12\" cy=\"12\" r=\"0.75\" fill=\"#D9D9D9\"/><circle cx=\"12\" cy=\"19\" r=\"0.75\" fill=\"#D9D9D9\"/>",
  "expanded": "<path d=\"m15 18-6-6 6-6\"/>",
  "contracted": "<path d=\"m9 18 6-6-6-6\"/>",
  "loading": "<line x1=\"12\" x2=\"12\" y1=\"2\" y2=\"6\"/><line x1=\"12\" x2=\"12\" y1=\"18\" y2=\"22\"/><line x1=\"4.93\" x2=\"7.76\" y1=\"4.93\" y2=\"7.76\"/><line x1=\"16.24\" x2=\"19.07\" y1=\"16.24\" y2=\"19.07\"/><line x1=\"2\" x2=\"6\" y1=\"12\" y2=\"12\"/><line x1=\"18\" x2=\"22\" y1=\"12\" y2=\"12\"/><line x1=\"4.93\" x2=\"7.76\" y1=\"19.07\" y2=\"16.24\"/><line x1=\"16.24\" x2=\"19.07\" y1=\"7.76\" y2=\"4.93\"/>",
  "small-left": "<path d=\"m15 18-6-6 6-6\"/>",
  "small-right": "<path d=\"m9 18 6-6-6-6\"/>",
  "filter": "<path d=\"M3 6h18\"/><path d=\"M7 12h10\"/><path d=\"M10 18h4\"/>",
  "first": "<path d=\"m17 18-6-6 6-6\"/><path d=\"M7 6v12\"/>",
  "previous": "<path d=\"m15 18-6-6 6-6\"/>",
  "next": "<path d=\"m9 18 6-6-6-6\"/>",
  "last": "<path d=\"m7 18 6-6-6-6\"/><path d=\"M17 6v12\"/>",
  "tick": "<path d=\"M20 6 9 17l-5-5\"/>",
  "cross": "<path d=\"M18 6 6 18\"/><path d=\"m6 6 12 12\"/>",
  "minus": "<circle cx=\"12\" cy=\"12\" r=\"10\"/><path d=\"M8 12h8\"/>",
  "plus": "<circle cx=\"12\" cy=\"12\" r=\"10\"/><path d=\"M8 12h8\"/><path d=\"M12 8v8\"/>",
  "eye": "<path d=\"M2 12s3-7 10-7 10 7 10 7-3 7-10 7-10-7-10-7Z\"/><circle cx=\"12\" cy=\"12\" r=\"3\"/>",
  "up": "<path d=\"m5 12 7-7 7 7\"/><path d=\"M12 19V5\"/>",
  "down": "<path d=\"M12 5v14\"/><path d=\"m19 12-7 7-7-7\"/>",
  "cancel": "<path d=\"m18 6-12 12\"/><path d=\"m6 6 12 12\"/>",
  "columns": "<path d=\"M9 3H5a2 2 0 0 0-2 2v4m6-6h10a2 2 0 0 1 2 2v4M9 3v18m0 0h10a2 2 0 0 0 2-2V9M9 21H5a2 2 0 0 1-2-2V9m0 0h18\"/>",
  "tree-closed": "<path d=\"m9 18 6-6-6-6\"/>",
  "tree-open": "<path d=\"m6 9 6 6 6-6\"/>",
};

export const ICON_SVGS: Record<string, string> = {
  "small-down": "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ag-icon\" fill=\"black\" stroke=\"none\" viewBox=\"0 0 32 32\"><path d=\"M7.334 10.667 16 21.334l8.667-10.667H7.334Z\"/></svg>",
  "small-up": "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ag-icon\" fill=\"black\" stroke=\"none\" viewBox=\"0 0 32 32\"><path d=\"M7.334 21.333 16 10.666l8.667 10.667H7.334Z\"/></svg>",
};
