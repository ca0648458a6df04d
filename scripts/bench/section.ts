/** One part of `npm run bench`: runs its own measurements and prints its own figures. */
export interface BenchSection {
  name: string;
  run(): Promise<void> | void;
}
