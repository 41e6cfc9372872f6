/** English messages for zod/mini (which ships none by default), so that validation errors say what is wrong. */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());
