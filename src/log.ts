/** Every console message of the widget starts with this, so site owners can filter them. */
export const warn = (message: string): void => console.warn('[seloste] ' + message);
