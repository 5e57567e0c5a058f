/** The package version, readable at run time as `customElements.get('python-showcase').version`. A test keeps it equal to package.json's. */
export const VERSION = '1.1.0';
