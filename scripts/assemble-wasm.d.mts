/** The TypeScript module holding the street-level kernel assembled from `watText` (plain-rows.wat's text). */
export function assembledModule(watText: string): Promise<string>;
