#include "runtime/opencvrunner.h"

#include "common/tr.h"

#include <onnx/onnx_pb.h>
#include <opencv2/dnn.hpp>

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
    const std::vector<std::string> inputNames = modelInputNames(model);
    if (inputs.size() != inputNames.size())
        return Error{Tr::tr("%1 takes %2 inputs, %3 given")
                         .arg(model.fileName())
                         .arg(inputNames.size())
                         .arg(inputs.size())};
    std::string bytes;
    if (!model.proto().SerializeToString(&bytes))
        return Error{Tr::tr("%1 could not be serialized for OpenCV").arg(model.fileName())};
    try {
        cv::dnn::Net net = cv::dnn::readNetFromONNX(bytes.data(), bytes.size());
        for (size_t i = 0; i < inputs.size(); ++i)
            net.setInput(inputs[i], inputNames[i]);
        std::vector<std::string> outputNames;
        for (int t : model.mainGraph().outputs)
            outputNames.push_back(model.tensors()[size_t(t)].name);
        std::vector<cv::Mat> outputs;
        net.forward(outputs, outputNames);
        for (cv::Mat &output : outputs)
            output = output.clone(); // own the data: the net goes away
        return outputs;
    } catch (const cv::Exception &e) {
        return Error{Tr::tr("OpenCV DNN cannot run %1: %2")
                         .arg(model.fileName(), QString::fromStdString(e.msg).trimmed())};
    }
}

} // namespace whittle
