export { TypeLegend } from './TypeLegend';
