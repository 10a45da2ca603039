// Reads slices of a dropped or picked file away from the page's thread (creatorscope.js,
// fileSource): the browser hands a file's bytes over in many small messages, and on the page's
// thread those take turns with the engine and the frames. Each slice comes back as one
// transferred ArrayBuffer (not copied). Nothing here leaves the machine: the file is local.
'use strict';

onmessage = async ({ data: { id, file, start, end } }) => {
  try {
    const buffer = await file.slice(start, end).arrayBuffer();
    postMessage({ id, buffer }, [buffer]);
  } catch (error) {
    postMessage({ id, error: String(error && error.message ? error.message : error) });
  }
};
