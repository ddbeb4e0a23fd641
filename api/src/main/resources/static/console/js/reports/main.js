// The reports page: statements, rankings, the village summary.
import { explain, say } from '../core.js';
import './statement.js';
import './summary.js';
import { loadCategories } from './rankings.js';

loadCategories().catch(e => say(explain(e), 'error'));
