// Composition root: filled in by the issue that builds this app.
export {};
