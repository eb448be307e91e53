#include "optimize/plan.h"

#include "common/tr.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace whittle {

namespace {

const char *methodKey(PruneMethod method)
{
    switch (method) {
    case PruneMethod::Unstructured: return "unstructured";
    case PruneMethod::NM: return "n:m";
    case PruneMethod::StructuredL1: return "structured-l1";
    case PruneMethod::StructuredL2: return "structured-l2";
    }
    return "unstructured";
}

const char *granularityKey(Granularity g)
{
    return g == Granularity::PerTensor ? "per-tensor" : "per-channel";
}

const char *rangeKey(RangeMethod r)
{
    return r == RangeMethod::MinMax ? "minmax" : "mse";
}

const char *calibrationKey(CalibrationMethod c)
{
    switch (c) {
    case CalibrationMethod::MinMax: return "minmax";
    case CalibrationMethod::Percentile: return "percentile";
    case CalibrationMethod::Mse: return "mse";
    case CalibrationMethod::Entropy: return "entropy";
    }
    return "minmax";
}

QJsonObject settingsToJson(const LayerSettings &s)
{
    QJsonObject o;
    if (s.sparsity)
        o.insert(QStringLiteral("sparsity"), *s.sparsity);
    if (s.method)
        o.insert(QStringLiteral("method"), QLatin1String(methodKey(*s.method)));
    if (s.n)
        o.insert(QStringLiteral("n"), *s.n);
    if (s.m)
        o.insert(QStringLiteral("m"), *s.m);
    if (s.bits)
        o.insert(QStringLiteral("bits"), *s.bits);
    if (s.granularity)
        o.insert(QStringLiteral("granularity"), QLatin1String(granularityKey(*s.granularity)));
    if (s.symmetric)
        o.insert(QStringLiteral("symmetric"), *s.symmetric);
    if (s.range)
        o.insert(QStringLiteral("range"), QLatin1String(rangeKey(*s.range)));
    if (s.quantizeActivations)
        o.insert(QStringLiteral("activations"), *s.quantizeActivations);
    if (s.rank)
        o.insert(QStringLiteral("rank"), *s.rank);
    if (s.rankEnergy)
        o.insert(QStringLiteral("rank_energy"), *s.rankEnergy);
    return o;
}

LayerSettings toLayerSettings(const ResolvedSettings &r)
{
    return LayerSettings{r.sparsity, r.method, r.n, r.m, r.bits, r.granularity, r.symmetric,
                         r.range, r.quantizeActivations, r.rank, r.rankEnergy};
}

// Reads the fields of one settings object; the first problem found names its path.
class SettingsReader
{
public:
    std::optional<Error> error;

    void fail(const QString &path, const QString &message)
    {
        if (!error)
            error = Error{QStringLiteral("%1: %2").arg(path, message)};
    }

    LayerSettings read(const QJsonObject &object, const QString &path)
    {
        static const QStringList known = {
            QStringLiteral("sparsity"), QStringLiteral("method"), QStringLiteral("n"),
            QStringLiteral("m"), QStringLiteral("bits"), QStringLiteral("granularity"),
            QStringLiteral("symmetric"), QStringLiteral("range"), QStringLiteral("activations"),
            QStringLiteral("rank"), QStringLiteral("rank_energy")};
        for (const QString &key : object.keys()) {
            if (!known.contains(key))
                fail(path + QLatin1Char('.') + key, Tr::tr("unknown setting"));
        }
        LayerSettings s;
        auto at = [&](const char *key) { return path + QLatin1Char('.') + QLatin1String(key); };
        if (object.contains(QStringLiteral("sparsity"))) {
            const QJsonValue v = object.value(QStringLiteral("sparsity"));
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 0.99)
                fail(at("sparsity"), Tr::tr("must be a number from 0 to 0.99"));
            s.sparsity = v.toDouble();
        }
        if (object.contains(QStringLiteral("method"))) {
            const QString v = object.value(QStringLiteral("method")).toString();
            if (v == QLatin1String("unstructured"))
                s.method = PruneMethod::Unstructured;
            else if (v == QLatin1String("n:m"))
                s.method = PruneMethod::NM;
            else if (v == QLatin1String("structured-l1"))
                s.method = PruneMethod::StructuredL1;
            else if (v == QLatin1String("structured-l2"))
                s.method = PruneMethod::StructuredL2;
            else
                fail(at("method"), Tr::tr("must be unstructured, n:m, structured-l1 or structured-l2"));
        }
        auto readInt = [&](const char *key, int low, int high) -> std::optional<int> {
            if (!object.contains(QLatin1String(key)))
                return std::nullopt;
            const QJsonValue v = object.value(QLatin1String(key));
            const double d = v.toDouble(-1);
            if (!v.isDouble() || d != std::floor(d) || d < low || d > high) {
                fail(at(key), Tr::tr("must be a whole number from %1 to %2").arg(low).arg(high));
                return std::nullopt;
            }
            return int(d);
        };
        s.n = readInt("n", 1, 64);
        s.m = readInt("m", 2, 64);
        if (s.n && s.m && *s.n >= *s.m)
            fail(at("n"), Tr::tr("must be smaller than m"));
        if (object.contains(QStringLiteral("bits"))) {
            const int bits = object.value(QStringLiteral("bits")).toInt(-1);
            if (!((bits >= 2 && bits <= 8) || bits == 16 || bits == 32))
                fail(at("bits"), Tr::tr("must be 2 to 8, 16 (fp16) or 32 (unchanged)"));
            s.bits = bits;
        }
        if (object.contains(QStringLiteral("granularity"))) {
            const QString v = object.value(QStringLiteral("granularity")).toString();
            if (v == QLatin1String("per-tensor"))
                s.granularity = Granularity::PerTensor;
            else if (v == QLatin1String("per-channel"))
                s.granularity = Granularity::PerChannel;
            else
                fail(at("granularity"), Tr::tr("must be per-tensor or per-channel"));
        }
        auto readBool = [&](const char *key) -> std::optional<bool> {
            if (!object.contains(QLatin1String(key)))
                return std::nullopt;
            const QJsonValue v = object.value(QLatin1String(key));
            if (!v.isBool())
                fail(at(key), Tr::tr("must be true or false"));
            return v.toBool();
        };
        s.symmetric = readBool("symmetric");
        s.quantizeActivations = readBool("activations");
        if (object.contains(QStringLiteral("range"))) {
            const QString v = object.value(QStringLiteral("range")).toString();
            if (v == QLatin1String("minmax"))
                s.range = RangeMethod::MinMax;
            else if (v == QLatin1String("mse"))
                s.range = RangeMethod::Mse;
            else
                fail(at("range"), Tr::tr("must be minmax or mse"));
        }
        s.rank = readInt("rank", 0, 1 << 20);
        if (object.contains(QStringLiteral("rank_energy"))) {
            const QJsonValue v = object.value(QStringLiteral("rank_energy"));
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() >= 1)
                fail(at("rank_energy"), Tr::tr("must be a number from 0 up to (not including) 1"));
            s.rankEnergy = v.toDouble();
        }
        return s;
    }
};

void overlay(ResolvedSettings &r, const LayerSettings &s)
{
    if (s.sparsity)
        r.sparsity = *s.sparsity;
    if (s.method)
        r.method = *s.method;
    if (s.n)
        r.n = *s.n;
    if (s.m)
        r.m = *s.m;
    if (s.bits)
        r.bits = *s.bits;
    if (s.granularity)
        r.granularity = *s.granularity;
    if (s.symmetric)
        r.symmetric = *s.symmetric;
    if (s.range)
        r.range = *s.range;
    if (s.quantizeActivations)
        r.quantizeActivations = *s.quantizeActivations;
    if (s.rank)
        r.rank = *s.rank;
    if (s.rankEnergy)
        r.rankEnergy = *s.rankEnergy;
}

} // namespace

ResolvedSettings Plan::settingsFor(const std::string &layer) const
{
    ResolvedSettings resolved = defaults;
    if (auto it = layers.find(layer); it != layers.end())
        overlay(resolved, it->second);
    return resolved;
}

bool Plan::isEmpty() const
{
    auto changes = [](const ResolvedSettings &s) {
        return s.prunes() || s.quantizes() || s.factorizes() || s.quantizeActivations;
    };
    if (changes(defaults) || !passes.empty())
        return false;
    return std::none_of(layers.begin(), layers.end(), [&](const auto &entry) {
        return changes(settingsFor(entry.first));
    });
}

QJsonObject planToJson(const Plan &plan)
{
    QJsonObject layers;
    for (const auto &[name, settings] : plan.layers)
        layers.insert(QString::fromStdString(name), settingsToJson(settings));
    QJsonArray passes;
    for (const std::string &pass : plan.passes)
        passes.append(QString::fromStdString(pass));
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("whittle-plan")},
        {QStringLiteral("version"), Plan::kVersion},
        {QStringLiteral("defaults"), settingsToJson(toLayerSettings(plan.defaults))},
        {QStringLiteral("global_threshold"), plan.globalThreshold},
        {QStringLiteral("activation_calibration"),
         QJsonObject{{QStringLiteral("method"), QLatin1String(calibrationKey(plan.calibration))},
                     {QStringLiteral("percentile"), plan.percentile}}},
        {QStringLiteral("passes"), passes},
        {QStringLiteral("layers"), layers},
    };
}

QByteArray planToJsonText(const Plan &plan)
{
    return QJsonDocument(planToJson(plan)).toJson(QJsonDocument::Indented);
}

Result<Plan> planFromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error{Tr::tr("%1: not valid JSON at offset %2: %3")
                         .arg(source)
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    if (!document.isObject())
        return Error{Tr::tr("%1: a plan must be a JSON object").arg(source)};
    const QJsonObject root = document.object();
    SettingsReader reader;
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("whittle-plan"))
        reader.fail(QStringLiteral("format"), Tr::tr("must be \"whittle-plan\""));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > Plan::kVersion)
        reader.fail(QStringLiteral("version"),
                    Tr::tr("version %1 is not one this Whittle reads (1 to %2)").arg(version).arg(Plan::kVersion));
    static const QStringList knownKeys = {
        QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("defaults"),
        QStringLiteral("global_threshold"), QStringLiteral("activation_calibration"),
        QStringLiteral("passes"), QStringLiteral("layers")};
    for (const QString &key : root.keys()) {
        if (!knownKeys.contains(key))
            reader.fail(key, Tr::tr("unknown field"));
    }

    Plan plan;
    const QJsonValue defaults = root.value(QStringLiteral("defaults"));
    if (!defaults.isUndefined() && !defaults.isObject())
        reader.fail(QStringLiteral("defaults"), Tr::tr("must be an object"));
    overlay(plan.defaults, reader.read(defaults.toObject(), QStringLiteral("defaults")));

    const QJsonValue global = root.value(QStringLiteral("global_threshold"));
    if (!global.isUndefined() && !global.isBool())
        reader.fail(QStringLiteral("global_threshold"), Tr::tr("must be true or false"));
    plan.globalThreshold = global.toBool();

    const QJsonObject calibration = root.value(QStringLiteral("activation_calibration")).toObject();
    if (calibration.contains(QStringLiteral("method"))) {
        const QString method = calibration.value(QStringLiteral("method")).toString();
        if (method == QLatin1String("minmax"))
            plan.calibration = CalibrationMethod::MinMax;
        else if (method == QLatin1String("percentile"))
            plan.calibration = CalibrationMethod::Percentile;
        else if (method == QLatin1String("mse"))
            plan.calibration = CalibrationMethod::Mse;
        else if (method == QLatin1String("entropy"))
            plan.calibration = CalibrationMethod::Entropy;
        else
            reader.fail(QStringLiteral("activation_calibration.method"),
                        Tr::tr("must be minmax, percentile, mse or entropy"));
    }
    if (calibration.contains(QStringLiteral("percentile"))) {
        const double p = calibration.value(QStringLiteral("percentile")).toDouble(-1);
        if (p < 50 || p > 100)
            reader.fail(QStringLiteral("activation_calibration.percentile"),
                        Tr::tr("must be a number from 50 to 100"));
        plan.percentile = p;
    }

    const QJsonArray passes = root.value(QStringLiteral("passes")).toArray();
    for (qsizetype i = 0; i < passes.size(); ++i) {
        const std::string pass = passes[i].toString().toStdString();
        const auto &known = knownPasses();
        if (std::find(known.begin(), known.end(), pass) == known.end())
            reader.fail(QStringLiteral("passes[%1]").arg(i),
                        Tr::tr("unknown pass '%1'").arg(QString::fromStdString(pass)));
        plan.passes.push_back(pass);
    }

    const QJsonValue layers = root.value(QStringLiteral("layers"));
    if (!layers.isUndefined() && !layers.isObject())
        reader.fail(QStringLiteral("layers"), Tr::tr("must be an object keyed by layer name"));
    const QJsonObject layerObject = layers.toObject();
    for (auto it = layerObject.begin(); it != layerObject.end(); ++it) {
        const QString path = QStringLiteral("layers.") + it.key();
        if (!it.value().isObject()) {
            reader.fail(path, Tr::tr("must be an object"));
            continue;
        }
        plan.layers[it.key().toStdString()] = reader.read(it.value().toObject(), path);
    }
    // N:M needs n < m once defaults and overrides are combined (each object
    // may set only one of them).
    if (plan.defaults.n >= plan.defaults.m)
        reader.fail(QStringLiteral("defaults.n"), Tr::tr("must be smaller than m (%1)").arg(plan.defaults.m));
    for (const auto &[name, settings] : plan.layers) {
        const ResolvedSettings resolved = plan.settingsFor(name);
        if (resolved.n >= resolved.m)
            reader.fail(QStringLiteral("layers.%1.n").arg(QString::fromStdString(name)),
                        Tr::tr("must be smaller than m (%1)").arg(resolved.m));
    }
    if (reader.error)
        return Error{Tr::tr("%1: %2").arg(source, reader.error->message)};
    return plan;
}

} // namespace whittle
