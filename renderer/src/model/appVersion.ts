/**
 * Version of Lightpath Studio written into each document's `appVersion`. Kept equal to
 * package.json's `version` by a unit test (the model may not read package.json at run time).
 */
export const APP_VERSION = '0.1.0';
