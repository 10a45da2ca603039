// Starts the application once app.js (the Emscripten module factory) has loaded.
'use strict';
window.creatorscopeStart(window.createCreatorScopeApp);
