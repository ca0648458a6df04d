export { PopupApp, type PopupProps } from './PopupApp';
