// The part of Frictionless's datapackage-js (npm "datapackage", no types of its own) the tests use.
declare module 'datapackage' {
  interface Resource {
    name: string;
    tabular: boolean;
    valid: boolean;
    errors: Error[];
    descriptor: { path: string; profile: string };
    read(options: { cast: boolean; relations?: boolean }): Promise<unknown[][]>;
  }
  export class Package {
    static load(descriptor: string | object, options?: { basePath?: string }): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
  }
}
