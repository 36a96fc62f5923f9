import packageJson from '../../../package.json';

export const VERSION: string = packageJson.version;

/** The package's own `docsUrl`: where this version's rule pages are published. */
export const PACKAGE_DOCS_URL: string | undefined = (packageJson as { docsUrl?: string }).docsUrl;
