export { type Config, loadConfig } from './config.js';
export { NotionClient, type Page } from './notion.js';
export { type RunningServer, startServer } from './server.js';
export { startStubNotion } from './stub-notion.js';
export { runTour, type TourResult } from './tour-steps.js';

/** The package name, for diagnostics. */
export const packageName = '@keyward/demo';
