/**
 * The icon sizes Attaché ships, drawn from assets/icon.svg by `npm run icons` into
 * public/icon/<size>.png: 16 and 32 for the toolbar (1x and 2x), 48 for the extensions page,
 * 96 and 128 for add-on stores.
 */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** The manifest's `icons` / `action.default_icon` map: size → path in the build. */
export const ICON_PATHS: Record<string, string> = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icon/${size}.png`]));
