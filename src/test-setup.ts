/**
 * Before every unit test file: the filter engine's search and area parts, which the page loads on first need
 * (domain/filter-extras.ts), are loaded, as tests filter by query and area directly.
 */
import { loadFilterExtras } from './domain/filter-extras';

await loadFilterExtras();
