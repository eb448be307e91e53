#include "runtime/runtime.h"

#include "common/tr.h"
#include "runtime/opencvruntime.h"
#ifdef WHITTLE_HAVE_ONNXRUNTIME
#include "runtime/onnxruntimesession.h"
#endif

namespace whittle {

InferenceSession::~InferenceSession() = default;

void InferenceSession::setLayerTimings(bool) {}

bool InferenceSession::layerTimings() const
{
    return true;
}

QString runtimeName(RuntimeKind kind)
{
    switch (kind) {
    case RuntimeKind::OpenCv:
        return openCvRuntimeName();
    case RuntimeKind::OnnxRuntime:
#ifdef WHITTLE_HAVE_ONNXRUNTIME
        return onnxRuntimeName();
#else
        return QStringLiteral("ONNX Runtime");
#endif
    }
    return QString();
}

bool isRuntimeAvailable(RuntimeKind kind)
{
    switch (kind) {
    case RuntimeKind::OpenCv:
        return true;
    case RuntimeKind::OnnxRuntime:
#ifdef WHITTLE_HAVE_ONNXRUNTIME
        return onnxRuntimeLoadError().isEmpty();
#else
        return false;
#endif
    }
    return false;
}

std::vector<RuntimeKind> availableRuntimes()
{
    std::vector<RuntimeKind> kinds;
    for (RuntimeKind kind : {RuntimeKind::OpenCv, RuntimeKind::OnnxRuntime}) {
        if (isRuntimeAvailable(kind))
            kinds.push_back(kind);
    }
    return kinds;
}

RuntimeKind defaultRuntime()
{
    return isRuntimeAvailable(RuntimeKind::OnnxRuntime) ? RuntimeKind::OnnxRuntime : RuntimeKind::OpenCv;
}

QString runtimeId(RuntimeKind kind)
{
    switch (kind) {
    case RuntimeKind::OpenCv:
        return QStringLiteral("opencv");
    case RuntimeKind::OnnxRuntime:
        return QStringLiteral("onnxruntime");
    }
    return QString();
}

std::optional<RuntimeKind> runtimeFromId(const QString &id)
{
    for (RuntimeKind kind : {RuntimeKind::OpenCv, RuntimeKind::OnnxRuntime}) {
        if (id.compare(runtimeId(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

Result<std::unique_ptr<InferenceSession>> InferenceSession::create(const Model &model, RuntimeKind kind,
                                                                   const SessionOptions &options)
{
    switch (kind) {
    case RuntimeKind::OpenCv:
        return createOpenCvSession(model, options);
    case RuntimeKind::OnnxRuntime:
#ifdef WHITTLE_HAVE_ONNXRUNTIME
        return createOnnxRuntimeSession(model, options);
#else
        return Error{Tr::tr("%1 cannot run %2: this build of Whittle has no ONNX Runtime (configure "
                            "with -DWHITTLE_ONNXRUNTIME_ROOT=..., see scripts/fetch-onnxruntime.sh)")
                         .arg(runtimeName(kind), model.fileName())};
#endif
    }
    return Error{Tr::tr("unknown runtime")};
}

} // namespace whittle
