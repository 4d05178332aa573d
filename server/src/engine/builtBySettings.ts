// Objects costly to build from settings (a compiled lexicon, a phrase index, an analyzer with its
// caches), shared by everything that asks with the same settings.

/**
 * What `build` made from each of the last `kept` settings, by their JSON: the same settings get
 * the same object, and the settings asked for longest ago are dropped first.
 */
export class BuiltBySettings<Settings, Built> {
  private readonly built = new Map<string, Built>();

  constructor(
    private readonly kept: number,
    private readonly build: (settings: Settings) => Built,
  ) {}

  get(settings: Settings): Built {
    const key = JSON.stringify(settings);
    let built = this.built.get(key);
    if (built === undefined) {
      built = this.build(settings);
      if (this.built.size >= this.kept) this.built.delete(this.built.keys().next().value!);
      this.built.set(key, built);
    }
    return built;
  }

  values(): IterableIterator<Built> {
    return this.built.values();
  }
}
