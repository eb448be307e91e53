#pragma once

#include <QString>

namespace whittle::bench {

// Writes `output`: the model at `input` with every ConstantOfShape whose size
// is a constant replaced by an initializer of seeded random values (uniform
// in ±0.05) of that shape. Turns the arch/ models (real architectures without
// weights) into full-size models: ResNet-50 becomes 25,610,155 parameters,
// about 102 MB. Returns an error message, empty on success.
QString materializeWeights(const QString &input, const QString &output, unsigned seed = 1);

} // namespace whittle::bench
