#include "runtime/opencvrunner.h"

#include "runtime/opencvruntime.h"

namespace whittle {

std::vector<std::string> modelInputNames(const Model &model)
{
    std::vector<std::string> names;
    for (int t : model.mainGraph().inputs) {
        if (model.tensors()[size_t(t)].kind == TensorKind::GraphInput)
            names.push_back(model.tensors()[size_t(t)].name);
    }
    return names;
}

Result<std::vector<cv::Mat>> runOnOpenCv(const Model &model, const std::vector<cv::Mat> &inputs)
{
    auto session = createOpenCvSession(model);
    if (!session)
        return session.error();
    return (*session)->run(inputs);
}

} // namespace whittle
