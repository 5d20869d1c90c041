import IKModel

/// What one sheet's sample table holds: the units drawn for the occasion (when a population is known)
/// and how the draw can be redone.
struct SheetSample {
    /// Rows of the table: the samples per occasion (the upper bound of a range; the layout's default).
    var rows: Int
    /// The drawn units, printed in the Stickprov column; nil: no population, the rows are left blank.
    var units: [String]?
    var population: Population?
    var seed: UInt64
}

/// Draws every control's year once, so a sheet's units never depend on which sheets are printed.
struct ChecklistDraws {
    private var samples: [Occasion: SheetSample] = [:]

    /// `override`: `--population`, for every control; else each control's `sample_from:`.
    init(plan: Plan, seed: UInt64, override: Population?, defaultSamples: Int) {
        for index in plan.controls.indices {
            let control = plan.controls[index]
            let occasions = plan.occasions.filter { $0.controlIndex == index }
            let rows = control.samples?.max ?? defaultSamples
            let population = override ?? control.population.flatMap { plan.populations[$0.file] }
            guard let population, population.rowCount > 0 else {
                for o in occasions { samples[o] = SheetSample(rows: rows, units: nil, population: nil, seed: seed) }
                continue
            }
            // The control's column when the file has it (an override file may not), else the first.
            let column = population.columnIndex(control.population?.column) ?? 0
            let draws = SampleDraw.draw(seed: seed, controlID: plan.controlID(at: index), occasionKeys: occasions.map(\.key),
                                        count: rows, populationSize: population.rowCount)
            for (o, drawn) in zip(occasions, draws) {
                samples[o] = SheetSample(rows: rows, units: drawn.map { population.unit($0, column: column) },
                                         population: population, seed: seed)
            }
        }
    }

    subscript(_ occasion: Occasion) -> SheetSample? { samples[occasion] }
}
