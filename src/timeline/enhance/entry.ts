/**
 * The timeline page's script: registers <timeline-chart>, whose modules live
 * in src/timeline/enhance/ (chart.ts connects them). Kept as the page's one
 * entry so the component's <script> import never changes.
 */
import './chart.ts';
