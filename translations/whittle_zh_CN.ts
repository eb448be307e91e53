<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PlotExport</name>
    <message>
        <source>Could not render the chart for %1</source>
        <translation>无法绘制 %1 的图表</translation>
    </message>
    <message>
        <source>Cannot save a chart as &apos;%1&apos;: use a file name ending in .png, .svg or .pdf</source>
        <translation>无法将图表保存为“%1”：请使用以 .png、.svg 或 .pdf 结尾的文件名</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>Whittle</name>
    <message>
        <source>%1 needs a model file (see --help)</source>
        <translation>%1 需要一个模型文件（参见 --help）</translation>
    </message>
    <message>
        <source>%1 takes one model file, not %2</source>
        <translation>%1 只接受一个模型文件，而不是 %2 个</translation>
    </message>
    <message>
        <source>no hardware profile &apos;%1&apos;; known: %2</source>
        <translation>没有硬件配置“%1”；已知：%2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 up</source>
        <translation>--%1 必须是不小于 %2 的整数</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large</source>
        <translation>%1：%2 字节过大</translation>
    </message>
    <message>
        <source>The .onnx file to evaluate.</source>
        <translation>要评估的 .onnx 文件。</translation>
    </message>
    <message>
        <source>MNIST IDX images (file or folder), a folder of class sub-folders, a folder of images (with --labels), or OpenCV&apos;s digits.png. Required.</source>
        <translation>MNIST IDX 图像（文件或文件夹）、按类别分子文件夹的文件夹、图像文件夹（配合 --labels）或 OpenCV 的 digits.png。必填。</translation>
    </message>
    <message>
        <source>Labels: a CSV &apos;file,label&apos; for a folder of images, or an IDX labels file.</source>
        <translation>标签：图像文件夹对应的 CSV “file,label”，或 IDX 标签文件。</translation>
    </message>
    <message>
        <source>Compare outputs with this model: top-1 agreement, SQNR, cosine similarity.</source>
        <translation>与此模型比较输出：top-1 一致率、SQNR、余弦相似度。</translation>
    </message>
    <message>
        <source>Apply this plan (docs/plan.md) first; without --reference the unoptimized model is the reference.</source>
        <translation>先应用此方案（docs/plan.md）；未指定 --reference 时以未优化的模型为参考。</translation>
    </message>
    <message>
        <source>Accuracy is required: fail when the dataset has no labels.</source>
        <translation>必须计算准确率：数据集没有标签时报错。</translation>
    </message>
    <message>
        <source>Use only the first N samples.</source>
        <translation>只使用前 N 个样本。</translation>
    </message>
    <message>
        <source>Samples per run (default 32).</source>
        <translation>每次运行的样本数（默认 32）。</translation>
    </message>
    <message>
        <source>Timed runs for the latency, after %1 warm-up runs (default 20; 0 skips it).</source>
        <translation>测量延迟的计时运行次数，在 %1 次预热运行之后（默认 20；0 表示跳过）。</translation>
    </message>
    <message>
        <source>Preprocessing as JSON (docs/cli.md) instead of the one guessed from the model&apos;s input.</source>
        <translation>以 JSON 指定预处理（docs/cli.md），代替根据模型输入推测的预处理。</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>输出格式：table（默认）或 json。</translation>
    </message>
    <message>
        <source>evaluate needs --dataset PATH (see --help)</source>
        <translation>evaluate 需要 --dataset PATH（参见 --help）</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table or json</source>
        <translation>未知格式“%1”；请使用 table 或 json</translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation>%1：不是 JSON 对象：%2</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>无法写入输出</translation>
    </message>
    <message>
        <source>model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>参考</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>preprocessing</source>
        <translation>预处理</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>运行时</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>top-1</source>
        <translation>top-1</translation>
    </message>
    <message>
        <source>top-5</source>
        <translation>top-5</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>SQNR</source>
        <translation>SQNR</translation>
    </message>
    <message>
        <source>identical (≥ %1 dB)</source>
        <translation>完全相同（≥ %1 dB）</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>median %1 (min %2, max %3; %4 runs after %5 warm-up)</source>
        <translation>中位数 %1（最小 %2，最大 %3；预热 %5 次后运行 %4 次）</translation>
    </message>
    <message>
        <source>Show every layer of an ONNX model with its tensors, parameters and weight bytes.</source>
        <translation>显示 ONNX 模型的每一层及其张量、参数和权重字节数。</translation>
    </message>
    <message>
        <source>The .onnx file to inspect.</source>
        <translation>要查看的 .onnx 文件。</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>输出格式：table（默认）、json 或 csv。</translation>
    </message>
    <message>
        <source>Estimate latency and energy on this hardware profile (see &apos;whittle-cli profiles&apos;).</source>
        <translation>按此硬件配置估算延迟和能耗（参见“whittle-cli profiles”）。</translation>
    </message>
    <message>
        <source>Give a symbolic input dimension a value, e.g. --dim batch=8 (repeatable). A batch-like first dimension is 1 unless set.</source>
        <translation>为符号化的输入维度赋值，例如 --dim batch=8（可重复）。类似批大小的第一维未设置时为 1。</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table, json or csv</source>
        <translation>未知格式“%1”；请使用 table、json 或 csv</translation>
    </message>
    <message>
        <source>--dim %1: expected NAME=VALUE with a positive whole number</source>
        <translation>--dim %1：应为 NAME=VALUE，VALUE 为正整数</translation>
    </message>
    <message>
        <source>accuracy, agreement and measured latency on a dataset</source>
        <translation>在数据集上的准确率、一致率和实测延迟</translation>
    </message>
    <message>
        <source>list the layers of a model with their costs</source>
        <translation>列出模型的各层及其开销</translation>
    </message>
    <message>
        <source>prune, quantize and factorize a model; write the result</source>
        <translation>对模型进行剪枝、量化和分解；写出结果</translation>
    </message>
    <message>
        <source>list the hardware profiles</source>
        <translation>列出硬件配置</translation>
    </message>
    <message>
        <source>Usage: whittle-cli COMMAND [OPTIONS] ...

Inspect and optimize ONNX models from the command line.

Commands:
</source>
        <translation>用法：whittle-cli COMMAND [OPTIONS] ...

在命令行中查看和优化 ONNX 模型。

命令：
</translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     show this help; COMMAND --help shows a command&apos;s options
  -v, --version  show the version

Exit status: 0 success, 1 usage error, 2 a model or input that cannot be read.
</source>
        <translation>
选项：
  -h, --help     显示此帮助；COMMAND --help 显示某个命令的选项
  -v, --version  显示版本

退出状态：0 成功，1 用法错误，2 无法读取模型或输入。
</translation>
    </message>
    <message>
        <source>no command given; try &apos;whittle-cli --help&apos;</source>
        <translation>未指定命令；请尝试“whittle-cli --help”</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;whittle-cli --help&apos;</source>
        <translation>未知命令“%1”；请尝试“whittle-cli --help”</translation>
    </message>
    <message>
        <source>--sparsity must be a number from 0 to 0.99</source>
        <translation>--sparsity 必须是 0 到 0.99 之间的数</translation>
    </message>
    <message>
        <source>--method N:M needs 1 ≤ N &lt; M ≤ 64</source>
        <translation>--method N:M 要求 1 ≤ N &lt; M ≤ 64</translation>
    </message>
    <message>
        <source>--method must be unstructured, N:M (e.g. 2:4), structured, structured-l1 or structured-l2</source>
        <translation>--method 必须是 unstructured、N:M（如 2:4）、structured、structured-l1 或 structured-l2</translation>
    </message>
    <message>
        <source>--bits must be 2 to 8, 16 or 32</source>
        <translation>--bits 必须是 2 到 8、16 或 32</translation>
    </message>
    <message>
        <source>--granularity must be per-tensor or per-channel</source>
        <translation>--granularity 必须是 per-tensor 或 per-channel</translation>
    </message>
    <message>
        <source>--range must be minmax or mse</source>
        <translation>--range 必须是 minmax 或 mse</translation>
    </message>
    <message>
        <source>--rank must be a whole number ≥ 0</source>
        <translation>--rank 必须是 ≥ 0 的整数</translation>
    </message>
    <message>
        <source>--passes: unknown pass &apos;%1&apos;; known: fold-constants, remove-identity, fold-batchnorm, remove-dead</source>
        <translation>--passes：未知的图变换“%1”；已知：fold-constants、remove-identity、fold-batchnorm、remove-dead</translation>
    </message>
    <message>
        <source>Apply a plan — pruning, quantization, low rank, graph passes — and write the optimized model. Prints the costs before and after.</source>
        <translation>应用方案（剪枝、量化、低秩分解、图变换）并写出优化后的模型。输出优化前后的开销。</translation>
    </message>
    <message>
        <source>The .onnx file to optimize.</source>
        <translation>要优化的 .onnx 文件。</translation>
    </message>
    <message>
        <source>Where to write the optimized model (required; never the input).</source>
        <translation>优化后模型的写出位置（必填；不能是输入文件）。</translation>
    </message>
    <message>
        <source>A plan file (docs/plan.md); replaces the options below.</source>
        <translation>方案文件（docs/plan.md）；替代下列选项。</translation>
    </message>
    <message>
        <source>Share of weights (or channels) to prune, 0–0.99.</source>
        <translation>要剪枝的权重（或通道）比例，0–0.99。</translation>
    </message>
    <message>
        <source>Pruning: unstructured, N:M (e.g. 2:4), structured (= structured-l1) or structured-l2.</source>
        <translation>剪枝：unstructured、N:M（如 2:4）、structured（= structured-l1）或 structured-l2。</translation>
    </message>
    <message>
        <source>Weight bits: 2–8, 16 (fp16) or 32 (unchanged).</source>
        <translation>权重位数：2–8、16（fp16）或 32（不变）。</translation>
    </message>
    <message>
        <source>Quantization scales: per-tensor or per-channel.</source>
        <translation>量化缩放：per-tensor 或 per-channel。</translation>
    </message>
    <message>
        <source>Asymmetric quantization (default symmetric).</source>
        <translation>非对称量化（默认对称）。</translation>
    </message>
    <message>
        <source>Quantization range: minmax or mse.</source>
        <translation>量化范围：minmax 或 mse。</translation>
    </message>
    <message>
        <source>Low-rank factorization to this rank (0 = off).</source>
        <translation>按此秩做低秩分解（0 = 关闭）。</translation>
    </message>
    <message>
        <source>Also quantize activations to uint8 (QDQ), calibrated on --calibration.</source>
        <translation>同时将激活量化为 uint8（QDQ），在 --calibration 上校准。</translation>
    </message>
    <message>
        <source>Unstructured pruning with one threshold across layers.</source>
        <translation>跨层使用同一阈值的非结构化剪枝。</translation>
    </message>
    <message>
        <source>Graph passes, comma-separated: fold-constants, remove-identity, fold-batchnorm, remove-dead.</source>
        <translation>图变换，以逗号分隔：fold-constants、remove-identity、fold-batchnorm、remove-dead。</translation>
    </message>
    <message>
        <source>How quantized weights are written: qdq (default when bits &lt; 32), simulated (dequantized float32, runs anywhere) or fp16.</source>
        <translation>量化权重的写出方式：qdq（位数 &lt; 32 时默认）、simulated（反量化的 float32，到处可运行）或 fp16。</translation>
    </message>
    <message>
        <source>Dataset to calibrate activation ranges on, for plans that quantize activations (an IDX file or an image folder).</source>
        <translation>用于校准激活范围的数据集，适用于量化激活的方案（IDX 文件或图像文件夹）。</translation>
    </message>
    <message>
        <source>How many samples to calibrate on (default 16).</source>
        <translation>用于校准的样本数（默认 16）。</translation>
    </message>
    <message>
        <source>Hardware profile for the latency and energy figures (default laptop-avx2).</source>
        <translation>用于延迟和能耗数据的硬件配置（默认 laptop-avx2）。</translation>
    </message>
    <message>
        <source>Also write the plan that was applied.</source>
        <translation>同时写出所应用的方案。</translation>
    </message>
    <message>
        <source>optimize needs -o OUT.onnx</source>
        <translation>optimize 需要 -o OUT.onnx</translation>
    </message>
    <message>
        <source>--plan and --%1 cannot be combined</source>
        <translation>--plan 与 --%1 不能同时使用</translation>
    </message>
    <message>
        <source>--export must be qdq, simulated or fp16</source>
        <translation>--export 必须是 qdq、simulated 或 fp16</translation>
    </message>
    <message>
        <source>--calibration-samples must be a whole number from 1 up</source>
        <translation>--calibration-samples 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>the plan changes nothing; the model was written as it is</source>
        <translation>方案未做任何改动；模型按原样写出</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>weight bytes</source>
        <translation>权重字节</translation>
    </message>
    <message>
        <source>file size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>latency (%1)</source>
        <translation>延迟（%1）</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>能耗</translation>
    </message>
    <message numerus="yes">
        <source>pass %1: %n change(s)</source>
        <translation>
            <numerusform>图变换 %1：%n 处改动</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped %1 (%2): %3</source>
        <translation>已跳过 %1（%2）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n layer step(s) applied</source>
        <translation>
            <numerusform>已应用 %n 个层步骤</numerusform>
        </translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>profiles takes no arguments</source>
        <translation>profiles 不接受参数</translation>
    </message>
    <message>
        <source>skipped profile %1</source>
        <translation>已跳过配置 %1</translation>
    </message>
    <message>
        <source>See and whittle down what every layer of a neural network costs.</source>
        <translation>查看并削减神经网络每一层的开销。</translation>
    </message>
    <message>
        <source>&lt;model.onnx&gt;</source>
        <translation>&lt;model.onnx&gt;</translation>
    </message>
    <message>
        <source>whittle: cannot open a window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).
To inspect a model in a terminal, run:
    whittle-cli inspect %1
</source>
        <translation>whittle：无法打开窗口：没有显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。
要在终端中查看模型，请运行：
    whittle-cli inspect %1
</translation>
    </message>
    <message>
        <source>whittle: expected at most one MODEL, got %1; see --help
</source>
        <translation>whittle：最多只能指定一个 MODEL，实际为 %1 个；参见 --help
</translation>
    </message>
    <message>
        <source>the constant &apos;%1&apos; has an unknown shape; its elements are not counted</source>
        <translation>常量“%1”的形状未知；其元素不计入</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) have shapes that are not known; their costs are not counted</source>
        <translation>
            <numerusform>%n 个层的形状未知；其开销未计入</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>op</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>act. out</source>
        <translation>输出激活</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>total: %1 nodes, %2 params, %3 of weights, %4 MACs, %5 FLOPs, peak activations %6, opset %7</source>
        <translation>合计：%1 个节点，%2 个参数，权重 %3，%4 MACs，%5 FLOPs，激活峰值 %6，opset %7</translation>
    </message>
    <message>
        <source>on %1: %2, %3</source>
        <translation>在 %1 上：%2，%3</translation>
    </message>
    <message>
        <source>; the weights do not fit its storage</source>
        <translation>；权重超出其存储容量</translation>
    </message>
    <message>
        <source>; the model does not fit its RAM</source>
        <translation>；模型超出其内存容量</translation>
    </message>
    <message numerus="yes">
        <source>unknown op: %1 (%n node(s), not counted)</source>
        <translation>
            <numerusform>未知算子：%1（%n 个节点，未计入）</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;: batch dimension %2 set to 1 (change it with --dim %3=VALUE)</source>
        <translation>输入“%1”：批大小维度 %2 设为 1（可用 --dim %3=VALUE 修改）</translation>
    </message>
    <message>
        <source>dimension %1 set to %2</source>
        <translation>维度 %1 设为 %2</translation>
    </message>
    <message>
        <source>--dim %1: the model&apos;s inputs have no dimension called &apos;%1&apos;</source>
        <translation>--dim %1：模型输入中没有名为“%1”的维度</translation>
    </message>
    <message>
        <source>input dimension %1 is unknown; layers that depend on it have no cost until it is set with --dim %1=VALUE</source>
        <translation>输入维度 %1 未知；依赖它的层在用 --dim %1=VALUE 设置前没有开销</translation>
    </message>
    <message>
        <source>shape inference with the set dimensions: %1</source>
        <translation>按设置的维度进行形状推断：%1</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object with a numeric &quot;value&quot;</source>
        <translation>“%1”必须是带数值 &quot;value&quot; 的对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &quot;source&quot;; every figure must say where it comes from</source>
        <translation>“%1”没有 &quot;source&quot;；每个数值都必须注明来源</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-negative number</source>
        <translation>“%1”必须是非负数</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1：偏移 %2 处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>%1: a profile must be a JSON object</source>
        <translation>%1：配置必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;whittle-hardware-profile&quot;</source>
        <translation>“format”必须是 &quot;whittle-hardware-profile&quot;</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be 1</source>
        <translation>“version”必须是 1</translation>
    </message>
    <message>
        <source>&apos;id&apos; must be a non-empty word</source>
        <translation>“id”必须是非空单词</translation>
    </message>
    <message>
        <source>missing &apos;name&apos;</source>
        <translation>缺少“name”</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be mcu, cpu or gpu</source>
        <translation>“kind”必须是 mcu、cpu 或 gpu</translation>
    </message>
    <message>
        <source>&apos;peak_flops.%1&apos; must be positive</source>
        <translation>“peak_flops.%1”必须为正</translation>
    </message>
    <message>
        <source>missing &apos;peak_flops.fp32&apos;</source>
        <translation>缺少“peak_flops.fp32”</translation>
    </message>
    <message>
        <source>&apos;memory_bandwidth&apos; must be positive</source>
        <translation>“memory_bandwidth”必须为正</translation>
    </message>
    <message>
        <source>&apos;efficiency&apos; has no &quot;source&quot;</source>
        <translation>“efficiency”没有 &quot;source&quot;</translation>
    </message>
    <message>
        <source>&apos;efficiency.%1&apos; must be a number in (0, 1]</source>
        <translation>“efficiency.%1”必须是 (0, 1] 内的数</translation>
    </message>
    <message>
        <source>&apos;sparsity.patterns&apos; has unknown pattern &apos;%1&apos;</source>
        <translation>“sparsity.patterns”含有未知模式“%1”</translation>
    </message>
    <message>
        <source>&apos;sparsity.unstructured&apos; needs min_sparsity in [0, 0.9) and speedup_at_90 ≥ 1</source>
        <translation>“sparsity.unstructured”要求 min_sparsity 在 [0, 0.9) 内且 speedup_at_90 ≥ 1</translation>
    </message>
    <message>
        <source>missing &apos;energy.pj_per_mac.fp32&apos;</source>
        <translation>缺少“energy.pj_per_mac.fp32”</translation>
    </message>
    <message>
        <source>%1: larger than 1 MiB; not a profile</source>
        <translation>%1：大于 1 MiB；不是配置文件</translation>
    </message>
    <message>
        <source>external data file &apos;%1&apos; cannot be used by a model loaded from memory</source>
        <translation>从内存加载的模型无法使用外部数据文件“%1”</translation>
    </message>
    <message>
        <source>the external data location is empty</source>
        <translation>外部数据位置为空</translation>
    </message>
    <message>
        <source>external data path &apos;%1&apos; is absolute; only paths inside the model&apos;s folder are allowed</source>
        <translation>外部数据路径“%1”是绝对路径；只允许模型文件夹内的路径</translation>
    </message>
    <message>
        <source>external data path &apos;%1&apos; leaves the model&apos;s folder through &apos;..&apos;</source>
        <translation>外部数据路径“%1”通过“..”离开了模型文件夹</translation>
    </message>
    <message>
        <source>external data file &apos;%1&apos; does not exist next to the model</source>
        <translation>模型旁不存在外部数据文件“%1”</translation>
    </message>
    <message>
        <source>external data path &apos;%1&apos; leads outside the model&apos;s folder (to %2)</source>
        <translation>外部数据路径“%1”指向模型文件夹之外（%2）</translation>
    </message>
    <message>
        <source>external data path &apos;%1&apos; is not a regular file</source>
        <translation>外部数据路径“%1”不是普通文件</translation>
    </message>
    <message>
        <source>cannot read external data file &apos;%1&apos;: %2</source>
        <translation>无法读取外部数据文件“%1”：%2</translation>
    </message>
    <message>
        <source>external data offset &apos;%1&apos; is not a non-negative integer</source>
        <translation>外部数据偏移“%1”不是非负整数</translation>
    </message>
    <message>
        <source>external data length &apos;%1&apos; is not a non-negative integer</source>
        <translation>外部数据长度“%1”不是非负整数</translation>
    </message>
    <message>
        <source>external data length %1 does not match the %2 bytes its shape needs</source>
        <translation>外部数据长度 %1 与其形状所需的 %2 字节不符</translation>
    </message>
    <message>
        <source>external data in &apos;%1&apos; at offset %2 with %3 bytes runs past the end of the file (%4 bytes)</source>
        <translation>“%1”中偏移 %2 处的 %3 字节外部数据超出了文件末尾（%4 字节）</translation>
    </message>
    <message>
        <source>cannot map external data file &apos;%1&apos;: %2</source>
        <translation>无法映射外部数据文件“%1”：%2</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>加载已取消</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2): attribute %3 has %4; every value must be positive</source>
        <translation>节点“%1”（%2）：属性 %3 为 %4；每个值都必须为正</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2): attribute group is %3; it must be positive</source>
        <translation>节点“%1”（%2）：属性 group 为 %3；必须为正</translation>
    </message>
    <message>
        <source>the main graph</source>
        <translation>主图</translation>
    </message>
    <message>
        <source>subgraph &apos;%1&apos; of node &apos;%2&apos;</source>
        <translation>节点“%2”的子图“%1”</translation>
    </message>
    <message>
        <source>subgraphs are nested more than %1 deep</source>
        <translation>子图嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is defined twice in %2</source>
        <translation>张量“%1”在 %2 中被定义了两次</translation>
    </message>
    <message>
        <source>an initializer of %1 has no name</source>
        <translation>%1 的某个初始化器没有名称</translation>
    </message>
    <message>
        <source>node %1 lists output &apos;%2&apos; twice</source>
        <translation>节点 %1 两次列出输出“%2”</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is produced by both node %2 and node %3 in %4</source>
        <translation>在 %4 中，张量“%1”同时由节点 %2 和节点 %3 产生</translation>
    </message>
    <message>
        <source>node %1 writes &apos;%2&apos;, which is already an input or initializer of %3</source>
        <translation>节点 %1 写入“%2”，但它已是 %3 的输入或初始化器</translation>
    </message>
    <message>
        <source>node %1 in %2 reads tensor &apos;%3&apos;, which no node, input or initializer provides</source>
        <translation>%2 中的节点 %1 读取张量“%3”，但没有任何节点、输入或初始化器提供它</translation>
    </message>
    <message>
        <source>output &apos;%1&apos; of %2 is not produced by any node</source>
        <translation>%2 的输出“%1”没有由任何节点产生</translation>
    </message>
    <message>
        <source>%1 has a cycle: node %2 reads &apos;%3&apos;, which depends on that node&apos;s own output</source>
        <translation>%1 存在环：节点 %2 读取“%3”，而它依赖于该节点自身的输出</translation>
    </message>
    <message>
        <source>%1 has a cycle through node %2</source>
        <translation>%1 存在经过节点 %2 的环</translation>
    </message>
    <message>
        <source>Constant node %1 has no value attribute</source>
        <translation>Constant 节点 %1 没有 value 属性</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has a negative dimension (%2)</source>
        <translation>权重“%1”有负的维度（%2）</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has dimensions %2 whose product overflows</source>
        <translation>权重“%1”的维度 %2 乘积溢出</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has no element type</source>
        <translation>权重“%1”没有元素类型</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has an unknown element type (%2)</source>
        <translation>权重“%1”的元素类型未知（%2）</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; is too large (%2 elements)</source>
        <translation>权重“%1”过大（%2 个元素）</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; uses external data, which this model cannot have</source>
        <translation>权重“%1”使用了外部数据，而此模型不能有外部数据</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos;: %2</source>
        <translation>权重“%1”：%2</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; declares %2 strings but holds %3</source>
        <translation>权重“%1”声明了 %2 个字符串，实际包含 %3 个</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; declares %2 %3 (%4 bytes) but holds %5 bytes</source>
        <translation>权重“%1”声明了 %2 个 %3（%4 字节），实际包含 %5 字节</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; declares %2 elements (%3) but holds %4</source>
        <translation>权重“%1”声明了 %2 个元素（%3），实际包含 %4 个</translation>
    </message>
    <message>
        <source>%1 is not a valid ONNX file: the protobuf data is truncated or corrupt</source>
        <translation>%1 不是有效的 ONNX 文件：protobuf 数据被截断或已损坏</translation>
    </message>
    <message>
        <source>%1 is not an ONNX model: it holds no graph</source>
        <translation>%1 不是 ONNX 模型：其中没有图</translation>
    </message>
    <message>
        <source>%1 is not a usable ONNX model: its graph has no nodes</source>
        <translation>%1 不是可用的 ONNX 模型：其图中没有节点</translation>
    </message>
    <message>
        <source>the model imports no opset; assuming the default domain</source>
        <translation>模型未导入任何 opset；假定为默认域</translation>
    </message>
    <message>
        <source>the nodes were not in topological order; Whittle sorted them</source>
        <translation>节点未按拓扑顺序排列；Whittle 已将其排序</translation>
    </message>
    <message>
        <source>ONNX checker: %1</source>
        <translation>ONNX 检查器：%1</translation>
    </message>
    <message>
        <source>ONNX shape inference: %1</source>
        <translation>ONNX 形状推断：%1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: no such file</source>
        <translation>无法打开 %1：文件不存在</translation>
    </message>
    <message>
        <source>cannot open %1: it is a folder, not a model file</source>
        <translation>无法打开 %1：它是文件夹，不是模型文件</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 is larger than 2 GiB, which protobuf cannot parse; save its weights as external data</source>
        <translation>%1 大于 2 GiB，protobuf 无法解析；请将其权重保存为外部数据</translation>
    </message>
    <message>
        <source>%1 has no graph with nodes</source>
        <translation>%1 没有包含节点的图</translation>
    </message>
    <message>
        <source>refusing to write over the input model %1; choose another file name</source>
        <translation>拒绝覆盖输入模型 %1；请选择其他文件名</translation>
    </message>
    <message>
        <source>%1: models with external data are not written yet; weight &apos;%2&apos; is external</source>
        <translation>%1：暂不支持写出带外部数据的模型；权重“%2”为外部数据</translation>
    </message>
    <message>
        <source>%1: the model is %2 bytes, more than protobuf can write in one file</source>
        <translation>%1：模型为 %2 字节，超过 protobuf 单个文件可写的上限</translation>
    </message>
    <message>
        <source>%1: the model could not be serialized</source>
        <translation>%1：模型无法序列化</translation>
    </message>
    <message>
        <source>%1: the written model does not load back: %2</source>
        <translation>%1：写出的模型无法重新加载：%2</translation>
    </message>
    <message>
        <source>%1: the written model fails the ONNX checker: %2</source>
        <translation>%1：写出的模型未通过 ONNX 检查器：%2</translation>
    </message>
    <message>
        <source>applying the plan was cancelled</source>
        <translation>应用方案已取消</translation>
    </message>
    <message>
        <source>activation quantization skipped: no calibration data was given</source>
        <translation>已跳过激活量化：未提供校准数据</translation>
    </message>
    <message>
        <source>the optimized model is not valid: %1</source>
        <translation>优化后的模型无效：%1</translation>
    </message>
    <message>
        <source>it has no weight input</source>
        <translation>它没有权重输入</translation>
    </message>
    <message>
        <source>its weight %1 is not a constant</source>
        <translation>其权重 %1 不是常量</translation>
    </message>
    <message>
        <source>its weight %1 is also read elsewhere</source>
        <translation>其权重 %1 还被其他地方读取</translation>
    </message>
    <message>
        <source>its weight %1 is %2, not floating point</source>
        <translation>其权重 %1 为 %2，不是浮点数</translation>
    </message>
    <message>
        <source>not factorized: low rank applies to Gemm, MatMul and 1×1 Conv, not %1</source>
        <translation>未分解：低秩分解适用于 Gemm、MatMul 和 1×1 Conv，不适用于 %1</translation>
    </message>
    <message>
        <source>not factorized: %1</source>
        <translation>未分解：%1</translation>
    </message>
    <message>
        <source>not factorized: its weight %1 is %2; the factors would be float32</source>
        <translation>未分解：其权重 %1 为 %2；分解因子将是 float32</translation>
    </message>
    <message>
        <source>not factorized: only 1×1 convolutions without groups are</source>
        <translation>未分解：只分解不分组的 1×1 卷积</translation>
    </message>
    <message>
        <source>not factorized: its weight %1 is not a known 2-D matrix</source>
        <translation>未分解：其权重 %1 不是已知的二维矩阵</translation>
    </message>
    <message>
        <source>not factorized: rank %1 does not pay, %1·(%2 + %3) = %4 weights ≥ %2·%3 = %5</source>
        <translation>未分解：秩 %1 不划算，%1·(%2 + %3) = %4 个权重 ≥ %2·%3 = %5</translation>
    </message>
    <message>
        <source>not factorized: the data of its weight %1 does not match its shape</source>
        <translation>未分解：其权重 %1 的数据与形状不符</translation>
    </message>
    <message>
        <source>rank %1 of %2 keeps %3 of the energy; relative error %4; first layer %5</source>
        <translation>秩 %1/%2 保留 %3 的能量；相对误差 %4；第一层 %5</translation>
    </message>
    <message>
        <source>external weight &apos;%1&apos; is not in the model&apos;s index</source>
        <translation>外部权重“%1”不在模型索引中</translation>
    </message>
    <message>
        <source>it has fewer than five inputs</source>
        <translation>它的输入少于五个</translation>
    </message>
    <message>
        <source>its running statistics %1 are read (training mode)</source>
        <translation>其滑动统计量 %1 被读取（训练模式）</translation>
    </message>
    <message>
        <source>it is in training mode</source>
        <translation>它处于训练模式</translation>
    </message>
    <message>
        <source>its input %1 is not written by a node</source>
        <translation>其输入 %1 不由任何节点写入</translation>
    </message>
    <message>
        <source>its input comes from %1, which has no weight and bias to fold into</source>
        <translation>其输入来自 %1，而它没有可折叠进去的权重和偏置</translation>
    </message>
    <message>
        <source>the output %1 of %2 has other readers</source>
        <translation>%2 的输出 %1 还有其他读取者</translation>
    </message>
    <message>
        <source>%1 has no weight input</source>
        <translation>%1 没有权重输入</translation>
    </message>
    <message>
        <source>the weight of %1 is not a float32 constant</source>
        <translation>%1 的权重不是 float32 常量</translation>
    </message>
    <message>
        <source>the weight of %1 does not hold the values its shape says</source>
        <translation>%1 的权重所含数值与其形状不符</translation>
    </message>
    <message>
        <source>the weight of %1 has no output channel axis %2</source>
        <translation>%1 的权重没有输出通道轴 %2</translation>
    </message>
    <message>
        <source>the bias of %1 is not a float32 constant</source>
        <translation>%1 的偏置不是 float32 常量</translation>
    </message>
    <message>
        <source>the bias of %1 cannot be read</source>
        <translation>无法读取 %1 的偏置</translation>
    </message>
    <message>
        <source>the bias of %1 does not hold one value per output channel</source>
        <translation>%1 的偏置不是每个输出通道一个值</translation>
    </message>
    <message>
        <source>its %1 %2 is not a float constant</source>
        <translation>其 %1 %2 不是浮点常量</translation>
    </message>
    <message>
        <source>its %1 holds %2 values, but %3 has %4 output channels</source>
        <translation>其 %1 含 %2 个值，但 %3 有 %4 个输出通道</translation>
    </message>
    <message>
        <source>its variance of channel %1 plus epsilon is not positive</source>
        <translation>其通道 %1 的方差加 epsilon 不为正</translation>
    </message>
    <message>
        <source>stopped: cancelled</source>
        <translation>已停止：已取消</translation>
    </message>
    <message>
        <source>kept %1: %2</source>
        <translation>保留 %1：%2</translation>
    </message>
    <message>
        <source>folded %1 into %2</source>
        <translation>已将 %1 折叠进 %2</translation>
    </message>
    <message>
        <source>its result has an invalid shape or element type</source>
        <translation>其结果的形状或元素类型无效</translation>
    </message>
    <message>
        <source>its result (%1 bytes) would exceed the folding budget (%2 bytes left)</source>
        <translation>其结果（%1 字节）将超出折叠预算（剩余 %2 字节）</translation>
    </message>
    <message>
        <source>its value has an element type or layout Whittle does not fold</source>
        <translation>其值的元素类型或布局 Whittle 不折叠</translation>
    </message>
    <message>
        <source>it holds a string or sparse value</source>
        <translation>它含有字符串或稀疏值</translation>
    </message>
    <message>
        <source>its shape input is not a 1-D integer tensor</source>
        <translation>其形状输入不是一维整数张量</translation>
    </message>
    <message>
        <source>its value is not a single number</source>
        <translation>其值不是单个数</translation>
    </message>
    <message>
        <source>it casts to a type Whittle does not fold</source>
        <translation>它转换成了 Whittle 不折叠的类型</translation>
    </message>
    <message>
        <source>a value does not fit the integer type it is cast to</source>
        <translation>某个值超出了要转换到的整数类型的范围</translation>
    </message>
    <message>
        <source>its shape is not a 1-D integer tensor</source>
        <translation>其形状不是一维整数张量</translation>
    </message>
    <message>
        <source>its shape copies a dimension the input does not have</source>
        <translation>其形状复制了输入中不存在的维度</translation>
    </message>
    <message>
        <source>its shape has two -1 entries</source>
        <translation>其形状有两个 -1</translation>
    </message>
    <message>
        <source>its shape has a negative entry</source>
        <translation>其形状有负值</translation>
    </message>
    <message>
        <source>its shape does not divide the input&apos;s size</source>
        <translation>其形状不能整除输入的大小</translation>
    </message>
    <message>
        <source>its shape does not hold the input&apos;s %1 elements</source>
        <translation>其形状容纳不下输入的 %1 个元素</translation>
    </message>
    <message>
        <source>its axes are not given as integers</source>
        <translation>其轴未以整数给出</translation>
    </message>
    <message>
        <source>its axis %1 is out of range or repeated</source>
        <translation>其轴 %1 越界或重复</translation>
    </message>
    <message>
        <source>its axis %1 is out of range or not of size 1</source>
        <translation>其轴 %1 越界或大小不为 1</translation>
    </message>
    <message>
        <source>its axis is missing or out of range</source>
        <translation>其轴缺失或越界</translation>
    </message>
    <message>
        <source>its inputs differ in element type or rank</source>
        <translation>其输入的元素类型或秩不同</translation>
    </message>
    <message>
        <source>its inputs differ in a dimension other than the axis</source>
        <translation>其输入在轴以外的维度上不同</translation>
    </message>
    <message>
        <source>its indices are not integers</source>
        <translation>其索引不是整数</translation>
    </message>
    <message>
        <source>its axis is out of range</source>
        <translation>其轴越界</translation>
    </message>
    <message>
        <source>its index %1 is out of range</source>
        <translation>其索引 %1 越界</translation>
    </message>
    <message>
        <source>its axes or steps are not integers</source>
        <translation>其轴或步长不是整数</translation>
    </message>
    <message>
        <source>its starts and ends are not integer lists of one length</source>
        <translation>其起点和终点不是等长的整数列表</translation>
    </message>
    <message>
        <source>its axes or steps do not match its starts</source>
        <translation>其轴或步长与起点不匹配</translation>
    </message>
    <message>
        <source>its axis %1 is out of range or repeated, or its step is 0</source>
        <translation>其轴 %1 越界或重复，或步长为 0</translation>
    </message>
    <message>
        <source>its perm does not match the input&apos;s rank</source>
        <translation>其 perm 与输入的秩不匹配</translation>
    </message>
    <message>
        <source>its perm is not a permutation</source>
        <translation>其 perm 不是一个排列</translation>
    </message>
    <message>
        <source>its operands differ in element type</source>
        <translation>其操作数的元素类型不同</translation>
    </message>
    <message>
        <source>it broadcasts the pre-opset-7 way</source>
        <translation>它按 opset 7 之前的方式广播</translation>
    </message>
    <message>
        <source>its operands do not broadcast</source>
        <translation>其操作数无法广播</translation>
    </message>
    <message>
        <source>its element type is not float, double, int32 or int64</source>
        <translation>其元素类型不是 float、double、int32 或 int64</translation>
    </message>
    <message>
        <source>it divides an integer by zero</source>
        <translation>它用整数除以零</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>标量</translation>
    </message>
    <message>
        <source>stopped: cancelled before anything was folded</source>
        <translation>已停止：在折叠任何内容之前被取消</translation>
    </message>
    <message>
        <source>kept %1: it writes the graph output %2</source>
        <translation>保留 %1：它写入图输出 %2</translation>
    </message>
    <message>
        <source>folded %1 into the initializer %2 (%3)</source>
        <translation>已将 %1 折叠为初始化器 %2（%3）</translation>
    </message>
    <message>
        <source>folded %1; only folded nodes read its result</source>
        <translation>已折叠 %1；只有已折叠的节点读取其结果</translation>
    </message>
    <message>
        <source>; removed %1, which nothing else read</source>
        <translation>；已删除无其他读取者的 %1</translation>
    </message>
    <message>
        <source>removed %1: no graph output depends on it</source>
        <translation>已删除 %1：没有图输出依赖它</translation>
    </message>
    <message>
        <source>removed initializer %1: nothing reads it</source>
        <translation>已删除初始化器 %1：没有任何地方读取它</translation>
    </message>
    <message>
        <source>removed the value_info of %1: no tensor has that name any more</source>
        <translation>已删除 %1 的 value_info：已没有同名张量</translation>
    </message>
    <message>
        <source>its mask output %1 is used</source>
        <translation>其掩码输出 %1 被使用</translation>
    </message>
    <message>
        <source>its training_mode %1 is not a constant</source>
        <translation>其 training_mode %1 不是常量</translation>
    </message>
    <message>
        <source>its training_mode %1 is not a boolean scalar</source>
        <translation>其 training_mode %1 不是布尔标量</translation>
    </message>
    <message>
        <source>its training_mode is true</source>
        <translation>其 training_mode 为 true</translation>
    </message>
    <message>
        <source>removed %1: its readers read %2 instead</source>
        <translation>已删除 %1：其读取者改为读取 %2</translation>
    </message>
    <message>
        <source>kept %1: it copies %2 to the graph output %3, and %2 is not written by a node of the graph or is a graph output itself</source>
        <translation>保留 %1：它把 %2 复制到图输出 %3，而 %2 不由图中节点写入或本身就是图输出</translation>
    </message>
    <message>
        <source>removed %1: %2 now writes the graph output %3</source>
        <translation>已删除 %1：现由 %2 写入图输出 %3</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>未知设置</translation>
    </message>
    <message>
        <source>must be a number from 0 to 0.99</source>
        <translation>必须是 0 到 0.99 之间的数</translation>
    </message>
    <message>
        <source>must be unstructured, n:m, structured-l1 or structured-l2</source>
        <translation>必须是 unstructured、n:m、structured-l1 或 structured-l2</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be smaller than m</source>
        <translation>必须小于 m</translation>
    </message>
    <message>
        <source>must be 2 to 8, 16 (fp16) or 32 (unchanged)</source>
        <translation>必须是 2 到 8、16（fp16）或 32（不变）</translation>
    </message>
    <message>
        <source>must be per-tensor or per-channel</source>
        <translation>必须是 per-tensor 或 per-channel</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be minmax or mse</source>
        <translation>必须是 minmax 或 mse</translation>
    </message>
    <message>
        <source>must be a number from 0 up to (not including) 1</source>
        <translation>必须是从 0 到 1（不含 1）的数</translation>
    </message>
    <message>
        <source>%1: a plan must be a JSON object</source>
        <translation>%1：方案必须是 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;whittle-plan&quot;</source>
        <translation>必须是 &quot;whittle-plan&quot;</translation>
    </message>
    <message>
        <source>version %1 is not one this Whittle reads (1 to %2)</source>
        <translation>此版本的 Whittle 无法读取版本 %1（支持 1 到 %2）</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be minmax, percentile, mse or entropy</source>
        <translation>必须是 minmax、percentile、mse 或 entropy</translation>
    </message>
    <message>
        <source>must be a number from 50 to 100</source>
        <translation>必须是 50 到 100 之间的数</translation>
    </message>
    <message>
        <source>unknown pass &apos;%1&apos;</source>
        <translation>未知图变换“%1”</translation>
    </message>
    <message>
        <source>must be an object keyed by layer name</source>
        <translation>必须是以层名为键的对象</translation>
    </message>
    <message>
        <source>must be smaller than m (%1)</source>
        <translation>必须小于 m（%1）</translation>
    </message>
    <message>
        <source>not pruned: %1</source>
        <translation>未剪枝：%1</translation>
    </message>
    <message>
        <source>its weight %1 is shared with %2 and pruned there</source>
        <translation>其权重 %1 与 %2 共享，并在那里剪枝</translation>
    </message>
    <message>
        <source>not pruned: the layout of its weight %1 is not known</source>
        <translation>未剪枝：其权重 %1 的布局未知</translation>
    </message>
    <message>
        <source>not pruned: %1:%2 is no N:M pattern</source>
        <translation>未剪枝：%1:%2 不是 N:M 模式</translation>
    </message>
    <message>
        <source>not pruned: the data of its weight %1 does not match its shape</source>
        <translation>未剪枝：其权重 %1 的数据与形状不符</translation>
    </message>
    <message>
        <source>%1:%2 along the input axis</source>
        <translation>沿输入轴 %1:%2</translation>
    </message>
    <message>
        <source>opset %1 predates the broadcasting rules of opset 7</source>
        <translation>opset %1 早于 opset 7 的广播规则</translation>
    </message>
    <message>
        <source>the %1 node %2 does not exist at opset %3</source>
        <translation>%1 节点 %2 在 opset %3 中不存在</translation>
    </message>
    <message>
        <source>the %1 node %2 changes meaning between opset %3 and %4</source>
        <translation>%1 节点 %2 的含义在 opset %3 与 %4 之间发生了变化</translation>
    </message>
    <message>
        <source>activation quantization needs calibration inputs</source>
        <translation>激活量化需要校准输入</translation>
    </message>
    <message>
        <source>the model could not be serialized for calibration</source>
        <translation>无法为校准序列化模型</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot import the model for calibration: %1</source>
        <translation>OpenCV DNN 无法导入模型进行校准：%1</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot run the model for calibration: %1</source>
        <translation>OpenCV DNN 无法运行模型进行校准：%1</translation>
    </message>
    <message>
        <source>%1 bits is not a width Whittle quantizes to (2 to 8, or 16)</source>
        <translation>%1 位不是 Whittle 支持的量化位宽（2 到 8，或 16）</translation>
    </message>
    <message>
        <source>per tensor: the shape of its weight behind %1 is unknown</source>
        <translation>按张量：%1 之后其权重的形状未知</translation>
    </message>
    <message>
        <source>a %1 node has no weight to quantize</source>
        <translation>%1 节点没有可量化的权重</translation>
    </message>
    <message>
        <source>per tensor instead of per channel: a per-channel DequantizeLinear needs opset 13 and %1</source>
        <translation>按张量而非按通道：按通道的 DequantizeLinear 需要 opset 13 和 %1</translation>
    </message>
    <message>
        <source>DequantizeLinear needs opset 10 and %1</source>
        <translation>DequantizeLinear 需要 opset 10 和 %1</translation>
    </message>
    <message>
        <source>shares its quantized weight with %1</source>
        <translation>与 %1 共享其量化权重</translation>
    </message>
    <message>
        <source>the values of its weight %1 do not match its shape</source>
        <translation>其权重 %1 的数值与形状不符</translation>
    </message>
    <message>
        <source>float16 weights</source>
        <translation>float16 权重</translation>
    </message>
    <message>
        <source>; %1 weights beyond ±65504 saturated</source>
        <translation>；%1 个超出 ±65504 的权重已饱和</translation>
    </message>
    <message>
        <source>%1-bit per channel (%2 along axis %3)</source>
        <translation>%1 位按通道（沿轴 %3 共 %2 个）</translation>
    </message>
    <message>
        <source>%1-bit per tensor</source>
        <translation>%1 位按张量</translation>
    </message>
    <message>
        <source>, symmetric</source>
        <translation>，对称</translation>
    </message>
    <message>
        <source>, asymmetric</source>
        <translation>，非对称</translation>
    </message>
    <message>
        <source>, MSE-clipped range</source>
        <translation>，按 MSE 裁剪的范围</translation>
    </message>
    <message>
        <source>, min-max range</source>
        <translation>，最小-最大范围</translation>
    </message>
    <message>
        <source>; RMS error %1</source>
        <translation>；均方根误差 %1</translation>
    </message>
    <message>
        <source> (%1% of the weights&apos; RMS)</source>
        <translation>（权重均方根的 %1%）</translation>
    </message>
    <message>
        <source>it has no activation input</source>
        <translation>它没有激活输入</translation>
    </message>
    <message>
        <source>its inputs %1 are not known to be float32</source>
        <translation>无法确定其输入 %1 为 float32</translation>
    </message>
    <message>
        <source>activations are quantized at the inputs of layers with a weight (Conv, ConvTranspose, Gemm, MatMul); a %1 node has none</source>
        <translation>激活在带权重层（Conv、ConvTranspose、Gemm、MatMul）的输入处量化；%1 节点没有权重</translation>
    </message>
    <message>
        <source>activations are not quantized in the simulated form, whose runtime computes in float; export QDQ to quantize them</source>
        <translation>模拟形式不量化激活，其运行时以浮点计算；要量化激活请导出 QDQ</translation>
    </message>
    <message>
        <source>QuantizeLinear needs opset 10 and %1</source>
        <translation>QuantizeLinear 需要 opset 10 和 %1</translation>
    </message>
    <message>
        <source>%1 as uint8 over [%2, %3] (%4): scale %5, zero point %6</source>
        <translation>%1 以 uint8 表示，范围 [%2, %3]（%4）：缩放 %5，零点 %6</translation>
    </message>
    <message>
        <source>%1 is not quantized: %2</source>
        <translation>%1 未量化：%2</translation>
    </message>
    <message>
        <source>no calibration values reached it</source>
        <translation>没有校准值到达它</translation>
    </message>
    <message>
        <source>channels meet channels of no prunable layer at %1</source>
        <translation>通道在 %1 处与不可剪枝层的通道相遇</translation>
    </message>
    <message>
        <source>channels reach the graph output &apos;%1&apos;</source>
        <translation>通道到达图输出“%1”</translation>
    </message>
    <message>
        <source>channels are read inside a subgraph of %1</source>
        <translation>通道在 %1 的子图中被读取</translation>
    </message>
    <message>
        <source>the weight of %1 is not a float tensor</source>
        <translation>%1 的权重不是浮点张量</translation>
    </message>
    <message>
        <source>channels reach %1, which Whittle cannot follow</source>
        <translation>通道到达 %1，Whittle 无法继续追踪</translation>
    </message>
    <message>
        <source>structured pruning covers Conv, ConvTranspose and Gemm, not MatMul</source>
        <translation>结构化剪枝适用于 Conv、ConvTranspose 和 Gemm，不适用于 MatMul</translation>
    </message>
    <message>
        <source>the weight of %1 is not a constant tensor Whittle can slice</source>
        <translation>%1 的权重不是 Whittle 可切分的常量张量</translation>
    </message>
    <message>
        <source>the bias of %1 is not a constant tensor</source>
        <translation>%1 的偏置不是常量张量</translation>
    </message>
    <message>
        <source>the bias of %1 does not match its output channels</source>
        <translation>%1 的偏置与其输出通道不匹配</translation>
    </message>
    <message>
        <source>the weight of %1 is not 2-D</source>
        <translation>%1 的权重不是二维的</translation>
    </message>
    <message>
        <source>the bias of depthwise %1 is not a constant tensor</source>
        <translation>深度卷积 %1 的偏置不是常量张量</translation>
    </message>
    <message>
        <source>channels reach the grouped convolution %1 (group %2), whose groups would have to shrink evenly</source>
        <translation>通道到达分组卷积 %1（group %2），其各组需要均匀缩减</translation>
    </message>
    <message>
        <source>depthwise %1 has the channels of its input, which %2</source>
        <translation>深度卷积 %1 的通道即其输入的通道，而这些通道%2</translation>
    </message>
    <message>
        <source>do not line up with its groups</source>
        <translation>与其分组不对齐</translation>
    </message>
    <message>
        <source>come from no layer Whittle can prune</source>
        <translation>并非来自 Whittle 可剪枝的层</translation>
    </message>
    <message>
        <source>%1 is a grouped convolution (group %2): its output channels are tied to its groups</source>
        <translation>%1 是分组卷积（group %2）：其输出通道与分组绑定</translation>
    </message>
    <message>
        <source>%1 has more than one output</source>
        <translation>%1 有多个输出</translation>
    </message>
    <message>
        <source>the parameters of %1 are not constants of one value per channel</source>
        <translation>%1 的参数不是每通道一个值的常量</translation>
    </message>
    <message>
        <source>channels reach %1, which may pad the channel axis</source>
        <translation>通道到达 %1，它可能填充通道轴</translation>
    </message>
    <message>
        <source>channels meet a tensor of unknown shape at %1</source>
        <translation>通道在 %1 处遇到形状未知的张量</translation>
    </message>
    <message>
        <source>its single channel is broadcast over other channels at %1</source>
        <translation>其单个通道在 %1 处被广播到其他通道</translation>
    </message>
    <message>
        <source>channels meet misaligned channels at %1</source>
        <translation>通道在 %1 处遇到未对齐的通道</translation>
    </message>
    <message>
        <source>channels meet &apos;%1&apos;, which holds channels of no prunable layer, at %2</source>
        <translation>通道在 %2 处遇到“%1”，它所含通道不属于任何可剪枝层</translation>
    </message>
    <message>
        <source>channels reach %1, which mixes them with other axes</source>
        <translation>通道到达 %1，它将通道与其他轴混合</translation>
    </message>
    <message>
        <source>the graph is not acyclic</source>
        <translation>图不是无环的</translation>
    </message>
    <message>
        <source>channels meet %1&apos;s at %2; %3</source>
        <translation>通道在 %2 处与 %1 的通道相遇；%3</translation>
    </message>
    <message>
        <source>the plan does not prune %1 structurally</source>
        <translation>方案未对 %1 做结构化剪枝</translation>
    </message>
    <message>
        <source>%1 % of %2 channels rounds to none</source>
        <translation>%2 个通道的 %1% 取整后为零</translation>
    </message>
    <message>
        <source>the weight of %1 cannot be read</source>
        <translation>无法读取 %1 的权重</translation>
    </message>
    <message>
        <source>channels coupled with %1; the same %2 removed from each</source>
        <translation>通道与 %1 耦合；每层都移除相同的 %2</translation>
    </message>
    <message>
        <source>coupled layers ask for different settings: %1 % by %2 norm used</source>
        <translation>耦合层要求的设置不同：采用按 %2 范数的 %1%</translation>
    </message>
    <message>
        <source>depthwise: follows the channels of %1</source>
        <translation>深度卷积：跟随 %1 的通道</translation>
    </message>
    <message>
        <source>depthwise: its channels are those of %1, which keep all of them</source>
        <translation>深度卷积：其通道即 %1 的通道，全部保留</translation>
    </message>
    <message>
        <source>%1: samples %2..%3 asked for, it has %4</source>
        <translation>%1：请求样本 %2..%3，但只有 %4 个</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot be opened</source>
        <translation>%1：无法打开</translation>
    </message>
    <message>
        <source>%1: too short for an IDX file (%2 bytes)</source>
        <translation>%1：对 IDX 文件来说太短（%2 字节）</translation>
    </message>
    <message>
        <source>%1: not an IDX %2 file (magic 0x%3, expected 0x%4)</source>
        <translation>%1：不是 IDX %2 文件（魔数 0x%3，应为 0x%4）</translation>
    </message>
    <message>
        <source>%1: truncated in its header</source>
        <translation>%1：文件头被截断</translation>
    </message>
    <message>
        <source>%1: dimension %2 of its header is 0</source>
        <translation>%1：文件头中第 %2 维为 0</translation>
    </message>
    <message>
        <source>%1: the sizes in its header overflow</source>
        <translation>%1：文件头中的尺寸溢出</translation>
    </message>
    <message>
        <source>%1: its header claims %2 %3 (%4 bytes), more than the file&apos;s %5 bytes can hold</source>
        <translation>%1：文件头声明 %2 个 %3（%4 字节），超过文件 %5 字节所能容纳的</translation>
    </message>
    <message>
        <source>%1: truncated: holds %2 of the %3 bytes of %4 its header announces%5</source>
        <translation>%1：被截断：文件头声明的 %4 共 %3 字节，只有 %2 字节%5</translation>
    </message>
    <message>
        <source>MNIST IDX %1: %2 images %3×%4</source>
        <translation>MNIST IDX %1：%2 张图像 %3×%4</translation>
    </message>
    <message>
        <source>, %1 classes</source>
        <translation>，%1 个类别</translation>
    </message>
    <message>
        <source>%1: cannot be decoded: %2</source>
        <translation>%1：无法解码：%2</translation>
    </message>
    <message>
        <source>%1: cannot be decoded as an image</source>
        <translation>%1：无法解码为图像</translation>
    </message>
    <message>
        <source>%1: has %2-bit samples; 8 or 16 bits expected</source>
        <translation>%1：采样为 %2 位；应为 8 或 16 位</translation>
    </message>
    <message>
        <source>%1: has %2 channels</source>
        <translation>%1：有 %2 个通道</translation>
    </message>
    <message>
        <source>%1: no images found</source>
        <translation>%1：未找到图像</translation>
    </message>
    <message>
        <source>%1: %2 images of %3×%4 are beyond what Whittle reads</source>
        <translation>%1：%2 张 %3×%4 的图像超出 Whittle 的读取能力</translation>
    </message>
    <message>
        <source>%1 has %2 labels for the %3 images of %4</source>
        <translation>%1 有 %2 个标签，而 %4 有 %3 张图像</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <source>image folder %1: %2 images in %3 classes</source>
        <translation>图像文件夹 %1：%2 张图像，%3 个类别</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a labels file</source>
        <translation>%1：%2 字节对标签文件来说过大</translation>
    </message>
    <message>
        <source>%1 line %2: expected &apos;file,label&apos;, found %3 fields</source>
        <translation>%1 第 %2 行：应为“file,label”，实际有 %3 个字段</translation>
    </message>
    <message>
        <source>%1: no labelled images listed</source>
        <translation>%1：未列出带标签的图像</translation>
    </message>
    <message>
        <source>%1 line %2: &apos;%3&apos; is not a path inside %4</source>
        <translation>%1 第 %2 行：“%3”不是 %4 内的路径</translation>
    </message>
    <message>
        <source>%1 line %2: no image &apos;%3&apos; in %4</source>
        <translation>%1 第 %2 行：%4 中没有图像“%3”</translation>
    </message>
    <message>
        <source>images in %1 labelled by %2: %3 images, %4 classes</source>
        <translation>%1 中的图像，标签来自 %2：%3 张图像，%4 个类别</translation>
    </message>
    <message>
        <source>OpenCV digits %1: 5000 images 20×20, 10 classes</source>
        <translation>OpenCV 数字 %1：5000 张 20×20 图像，10 个类别</translation>
    </message>
    <message>
        <source>%1: %2×%3 is not the layout of OpenCV&apos;s digits.png (%4×%5)</source>
        <translation>%1：%2×%3 不是 OpenCV digits.png 的布局（%4×%5）</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1：文件或文件夹不存在</translation>
    </message>
    <message>
        <source>%1: labels are not taken for digits.png</source>
        <translation>%1：digits.png 不接受标签</translation>
    </message>
    <message>
        <source>%1: a CSV of labels goes with a folder of images, not with %2</source>
        <translation>%1：标签 CSV 应配合图像文件夹使用，而不是 %2</translation>
    </message>
    <message>
        <source>%1 holds several IDX image files (%2); name one</source>
        <translation>%1 含有多个 IDX 图像文件（%2）；请指定一个</translation>
    </message>
    <message>
        <source>%1: labels for a folder of images must be a .csv file</source>
        <translation>%1：图像文件夹的标签必须是 .csv 文件</translation>
    </message>
    <message>
        <source>evaluation cancelled</source>
        <translation>评估已取消</translation>
    </message>
    <message>
        <source>%1, sample %2: %3</source>
        <translation>%1，样本 %2：%3</translation>
    </message>
    <message>
        <source>%1 has no labels, so there is no accuracy to measure (give labels, or a reference model to measure agreement with)</source>
        <translation>%1 没有标签，无法测量准确率（请提供标签，或提供参考模型以测量一致率）</translation>
    </message>
    <message>
        <source>%1 has no labels and no reference model is given: nothing to measure</source>
        <translation>%1 没有标签，也未提供参考模型：没有可测量的内容</translation>
    </message>
    <message>
        <source>the batch size must be at least 1</source>
        <translation>批大小必须至少为 1</translation>
    </message>
    <message>
        <source>%1 has no samples</source>
        <translation>%1 没有样本</translation>
    </message>
    <message>
        <source>the reference %1 takes other input than %2</source>
        <translation>参考模型 %1 的输入与 %2 不同</translation>
    </message>
    <message>
        <source>%1 has no outputs</source>
        <translation>%1 没有输出</translation>
    </message>
    <message>
        <source>%1 has %2 classes, but %3 gives %4 scores per image</source>
        <translation>%1 有 %2 个类别，但 %3 每张图像给出 %4 个分数</translation>
    </message>
    <message>
        <source>%1 against %2: %3</source>
        <translation>%1 对比 %2：%3</translation>
    </message>
    <message>
        <source>latency needs at least 1 timed run and no negative warm-up</source>
        <translation>延迟测量需要至少 1 次计时运行，且预热次数不能为负</translation>
    </message>
    <message>
        <source>latency measurement cancelled</source>
        <translation>延迟测量已取消</translation>
    </message>
    <message>
        <source>%1 has no batch dimension</source>
        <translation>%1 没有批大小维度</translation>
    </message>
    <message>
        <source>%1 rows of scores for %2 labels</source>
        <translation>%1 行分数对应 %2 个标签</translation>
    </message>
    <message>
        <source>the model gave %1 scores per sample, then %2</source>
        <translation>模型先给出每样本 %1 个分数，后来给出 %2 个</translation>
    </message>
    <message>
        <source>the reference gives %1 outputs, the model %2</source>
        <translation>参考模型给出 %1 个输出，模型给出 %2 个</translation>
    </message>
    <message>
        <source>output %1: the reference gives %2×%3 values, the model %4×%5</source>
        <translation>输出 %1：参考模型给出 %2×%3 个值，模型给出 %4×%5 个</translation>
    </message>
    <message>
        <source>the outputs disagree on the batch size</source>
        <translation>各输出的批大小不一致</translation>
    </message>
    <message>
        <source>unknown runtime</source>
        <translation>未知运行时</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; is empty</source>
        <translation>%1：输入“%2”为空</translation>
    </message>
    <message>
        <source>%1 cannot run %2: %3</source>
        <translation>%1 无法运行 %2：%3</translation>
    </message>
    <message>
        <source>%1 on %2: output &apos;%3&apos; has no batch dimension, so a batch of %4 cannot be run one sample at a time</source>
        <translation>%2 上的 %1：输出“%3”没有批大小维度，因此无法逐个样本运行大小为 %4 的批</translation>
    </message>
    <message>
        <source>%1 on %2: the samples of a batch gave outputs of different shapes</source>
        <translation>%2 上的 %1：同一批中的样本给出了不同形状的输出</translation>
    </message>
    <message>
        <source>%1 cannot run %2 on an input of %3: %4</source>
        <translation>%1 无法以 %3 的输入运行 %2：%4</translation>
    </message>
    <message>
        <source>%1 cannot run %2 on an input of %3: %4 node &apos;%5&apos; (OpenCV layer %6): %7</source>
        <translation>%1 无法以 %3 的输入运行 %2：%4 节点“%5”（OpenCV 层 %6）：%7</translation>
    </message>
    <message>
        <source>expected %1, but %2 is %3</source>
        <translation>应为 %1，但 %2 为 %3</translation>
    </message>
    <message>
        <source>assertion failed: %1</source>
        <translation>断言失败：%1</translation>
    </message>
    <message>
        <source>%1 could not be serialized for %2</source>
        <translation>无法为 %2 序列化 %1</translation>
    </message>
    <message>
        <source>%1 imported nothing from %2</source>
        <translation>%1 未从 %2 导入任何内容</translation>
    </message>
    <message>
        <source> (output &apos;%1&apos;)</source>
        <translation>（输出“%1”）</translation>
    </message>
    <message>
        <source>%1 cannot import %2: %3 node %4: %5</source>
        <translation>%1 无法导入 %2：%3 节点 %4：%5</translation>
    </message>
    <message>
        <source>%1 cannot import %2: %3</source>
        <translation>%1 无法导入 %2：%3</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>must be [width, height], whole numbers from 1 to 65536</source>
        <translation>必须是 [宽, 高]，为 1 到 65536 之间的整数</translation>
    </message>
    <message>
        <source>must be an array of 3 numbers</source>
        <translation>必须是包含 3 个数的数组</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65536</source>
        <translation>必须是 1 到 65536 之间的整数</translation>
    </message>
    <message>
        <source>must be rgb, bgr or gray</source>
        <translation>必须是 rgb、bgr 或 gray</translation>
    </message>
    <message>
        <source>must be a number other than 0</source>
        <translation>必须是非 0 的数</translation>
    </message>
    <message>
        <source>must not contain 0</source>
        <translation>不能包含 0</translation>
    </message>
    <message>
        <source>must be nchw or nhwc</source>
        <translation>必须是 nchw 或 nhwc</translation>
    </message>
    <message>
        <source>unknown key; known: resize, resize_shorter_side, centre_crop, channels, scale, mean, std, layout</source>
        <translation>未知键；已知：resize、resize_shorter_side、centre_crop、channels、scale、mean、std、layout</translation>
    </message>
    <message>
        <source>%1: resize and resize_shorter_side exclude each other</source>
        <translation>%1：resize 与 resize_shorter_side 互斥</translation>
    </message>
    <message>
        <source>resize shorter side to %1</source>
        <translation>将短边缩放到 %1</translation>
    </message>
    <message>
        <source>resize to %1×%2</source>
        <translation>缩放到 %1×%2</translation>
    </message>
    <message>
        <source>centre crop %1×%2</source>
        <translation>中心裁剪 %1×%2</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>缩放 %1</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>均值 %1</translation>
    </message>
    <message>
        <source>std %1</source>
        <translation>标准差 %1</translation>
    </message>
    <message>
        <source>%1 takes %2 inputs (%3); evaluation feeds one image input</source>
        <translation>%1 有 %2 个输入（%3）；评估只提供一个图像输入</translation>
    </message>
    <message>
        <source>%1 is not float32; images are fed as float32</source>
        <translation>%1 不是 float32；图像以 float32 输入</translation>
    </message>
    <message>
        <source>%1 is not an image input: N×C×H×W or N×H×W×C is needed</source>
        <translation>%1 不是图像输入：需要 N×C×H×W 或 N×H×W×C</translation>
    </message>
    <message>
        <source>%1 takes %2 channels; images give 1 (gray) or 3 (colour)</source>
        <translation>%1 需要 %2 个通道；图像只提供 1（灰度）或 3（彩色）</translation>
    </message>
    <message>
        <source>%1 has no channel dimension of 1 or 3 in place 2 (NCHW) or 4 (NHWC)</source>
        <translation>%1 在第 2 位（NCHW）或第 4 位（NHWC）没有大小为 1 或 3 的通道维度</translation>
    </message>
    <message>
        <source>%1 has a symbolic height or width and the images have no single size to take</source>
        <translation>%1 的高或宽是符号化的，而图像没有统一尺寸可用</translation>
    </message>
    <message>
        <source>%1 is larger than Whittle feeds</source>
        <translation>%1 超出 Whittle 的输入上限</translation>
    </message>
    <message>
        <source>the preprocessing makes %1 channel(s), input &apos;%2&apos; takes %3</source>
        <translation>预处理生成 %1 个通道，而输入“%2”需要 %3 个</translation>
    </message>
    <message>
        <source>the preprocessing lays images out as %1, input &apos;%2&apos; is %3</source>
        <translation>预处理将图像排布为 %1，而输入“%2”为 %3</translation>
    </message>
    <message>
        <source>the preprocessing&apos;s std has a 0</source>
        <translation>预处理的 std 含有 0</translation>
    </message>
    <message>
        <source>image %1 is not 8-bit gray or BGR</source>
        <translation>图像 %1 不是 8 位灰度或 BGR</translation>
    </message>
    <message>
        <source>image %1 is %2×%3 after resizing, smaller than the %4×%5 crop</source>
        <translation>图像 %1 缩放后为 %2×%3，小于 %4×%5 的裁剪</translation>
    </message>
    <message>
        <source>image %1 is %2×%3 after preprocessing; input &apos;%4&apos; takes %5×%6</source>
        <translation>图像 %1 预处理后为 %2×%3；输入“%4”需要 %5×%6</translation>
    </message>
    <message>
        <source>--%1 must be a number above 0</source>
        <translation>--%1 必须是大于 0 的数</translation>
    </message>
    <message>
        <source>sparsity %1</source>
        <translation>稀疏度 %1</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <source>the original model</source>
        <translation>原始模型</translation>
    </message>
    <message>
        <source>Search per-layer sparsity and bits for a latency or size budget on a device with at most a given accuracy drop: sensitivity analysis, a greedy search on the estimate, then plans verified by evaluation. Prints every evaluated plan and the best valid one.</source>
        <translation>在精度下降不超过给定值的前提下，为设备上的延迟或大小预算搜索每层的稀疏度和位数：先做敏感度分析，再基于估算做贪心搜索，最后用评估验证方案。输出每个评估过的方案以及最佳有效方案。</translation>
    </message>
    <message>
        <source>Hardware profile (required).</source>
        <translation>硬件配置（必填）。</translation>
    </message>
    <message>
        <source>Budget: estimated latency on the profile, in ms.</source>
        <translation>预算：该配置下的估算延迟，单位 ms。</translation>
    </message>
    <message>
        <source>Budget: weight size of the exported model, in KB (1,000 bytes).</source>
        <translation>预算：导出模型的权重大小，单位 KB（1,000 字节）。</translation>
    </message>
    <message>
        <source>Budget: weight size as a share of the original&apos;s, 0–1.</source>
        <translation>预算：权重大小占原始大小的比例，0–1。</translation>
    </message>
    <message>
        <source>Largest accuracy drop allowed, in percentage points (required).</source>
        <translation>允许的最大精度下降，单位为百分点（必填）。</translation>
    </message>
    <message>
        <source>Plans to verify by evaluation, at most (default 8).</source>
        <translation>最多通过评估验证的方案数（默认 8）。</translation>
    </message>
    <message>
        <source>Write the best valid plan (replays with optimize --plan).</source>
        <translation>写出最佳有效方案（可用 optimize --plan 重放）。</translation>
    </message>
    <message>
        <source>Write the model with the best valid plan applied (QDQ).</source>
        <translation>写出应用最佳有效方案后的模型（QDQ）。</translation>
    </message>
    <message>
        <source>auto needs --dataset PATH (see --help)</source>
        <translation>auto 需要 --dataset PATH（参见 --help）</translation>
    </message>
    <message>
        <source>auto needs --profile ID (see whittle-cli profiles)</source>
        <translation>auto 需要 --profile ID（参见 whittle-cli profiles）</translation>
    </message>
    <message>
        <source>auto needs --max-drop POINTS</source>
        <translation>auto 需要 --max-drop POINTS</translation>
    </message>
    <message>
        <source>auto needs exactly one of --latency-ms, --size-kb and --size-ratio</source>
        <translation>auto 需要且只需要 --latency-ms、--size-kb、--size-ratio 中的一个</translation>
    </message>
    <message>
        <source>--size-ratio must be in (0, 1]</source>
        <translation>--size-ratio 必须在 (0, 1] 内</translation>
    </message>
    <message>
        <source>--max-drop must be a number of points from 0 to 100</source>
        <translation>--max-drop 必须是 0 到 100 之间的百分点数</translation>
    </message>
    <message>
        <source>model      %1 on %2
</source>
        <translation>模型       %2 上的 %1
</translation>
    </message>
    <message>
        <source>original   %1 %2 %, %3 weight bytes, %4 ms
</source>
        <translation>原始       %1 %2 %，权重 %3 字节，%4 ms
</translation>
    </message>
    <message>
        <source>result     %1
</source>
        <translation>结果       %1
</translation>
    </message>
    <message>
        <source>best plan  %1

</source>
        <translation>最佳方案   %1

</translation>
    </message>
    <message>
        <source>  #  moves  %1  weight bytes  latency ms  predicted drop  drop  pareto
</source>
        <translation>  #   步数  %1      权重字节     延迟 ms        预测下降  下降  帕累托
</translation>
    </message>
    <message>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>注意：%1
</translation>
    </message>
    <message>
        <source>time       %1 s (sensitivity %2 s%3), %4 plans verified
</source>
        <translation>时间       %1 s（敏感度 %2 s%3），已验证 %4 个方案
</translation>
    </message>
    <message>
        <source>, from the cache</source>
        <translation>，来自缓存</translation>
    </message>
    <message>
        <source>plan       %1
</source>
        <translation>方案       %1
</translation>
    </message>
    <message>
        <source>exported   %1 (%2 bytes)
</source>
        <translation>已导出     %1（%2 字节）
</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>Models to measure (.onnx).</source>
        <translation>要测量的模型（.onnx）。</translation>
    </message>
    <message>
        <source>Profile for the &apos;before&apos; estimate and for the energy figures (default %1).</source>
        <translation>用于“之前”估算和能耗数据的配置（默认 %1）。</translation>
    </message>
    <message>
        <source>Timed runs per model, after %1 warm-up runs (default 10).</source>
        <translation>每个模型的计时运行次数，在 %1 次预热运行之后（默认 10）。</translation>
    </message>
    <message>
        <source>Write the profile here (default %1).</source>
        <translation>将配置写到此处（默认 %1）。</translation>
    </message>
    <message>
        <source>Measure and report, but write no profile.</source>
        <translation>只测量和报告，不写出配置。</translation>
    </message>
    <message>
        <source>Replace --output even when it is not a profile this command wrote.</source>
        <translation>即使 --output 不是本命令写出的配置也予以替换。</translation>
    </message>
    <message>
        <source>%1 exists and is not a profile written by calibrate; choose another --output or pass --force</source>
        <translation>%1 已存在且不是 calibrate 写出的配置；请选择其他 --output 或使用 --force</translation>
    </message>
    <message>
        <source>the fitted profile does not validate: %1</source>
        <translation>拟合出的配置未通过校验：%1</translation>
    </message>
    <message>
        <source>%1, %2 threads, median of %3 runs after %4 warm-up</source>
        <translation>%1，%2 个线程，预热 %4 次后 %3 次运行的中位数</translation>
    </message>
    <message>
        <source>models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>fp32 peak %1 GFLOP/s, copy bandwidth %2 GB/s</source>
        <translation>fp32 峰值 %1 GFLOP/s，拷贝带宽 %2 GB/s</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>拟合</translation>
    </message>
    <message>
        <source>peak %1 GFLOP/s, bandwidth %2 GB/s, overhead %3 µs per layer</source>
        <translation>峰值 %1 GFLOP/s，带宽 %2 GB/s，每层固定开销 %3 µs</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>效率</translation>
    </message>
    <message>
        <source>* no compute-bound layer measured: kept from %1</source>
        <translation>* 未测到计算受限的层：沿用 %1 的值</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>估算</translation>
    </message>
    <message>
        <source>layers within ±10 %</source>
        <translation>误差在 ±10% 内的层</translation>
    </message>
    <message>
        <source>models within ±10 %</source>
        <translation>误差在 ±10% 内的模型</translation>
    </message>
    <message>
        <source>median error (layers / models)</source>
        <translation>误差中位数（层 / 模型）</translation>
    </message>
    <message>
        <source>before (%1)</source>
        <translation>之前（%1）</translation>
    </message>
    <message>
        <source>after (fitted on all)</source>
        <translation>之后（用全部数据拟合）</translation>
    </message>
    <message>
        <source>held out (leave one out)</source>
        <translation>留出（留一法）</translation>
    </message>
    <message>
        <source>wrote</source>
        <translation>已写出</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>未写出</translation>
    </message>
    <message>
        <source>--no-write</source>
        <translation>--no-write</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation>--%1：“%2”不是数字</translation>
    </message>
    <message>
        <source>--%1 needs at least one number</source>
        <translation>--%1 至少需要一个数</translation>
    </message>
    <message>
        <source>search per-layer settings for a latency or size budget</source>
        <translation>为延迟或大小预算搜索每层设置</translation>
    </message>
    <message>
        <source>measure this computer and fit its hardware profile</source>
        <translation>测量本机并拟合其硬件配置</translation>
    </message>
    <message>
        <source>a model&apos;s latency and energy on every hardware profile</source>
        <translation>模型在各硬件配置上的延迟和能耗</translation>
    </message>
    <message>
        <source>one node: attributes, tensors, cost, weight histograms</source>
        <translation>单个节点：属性、张量、开销、权重直方图</translation>
    </message>
    <message>
        <source>accuracy per layer at each sparsity and bit width</source>
        <translation>每层在各稀疏度和位宽下的准确率</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>输出格式：%1。</translation>
    </message>
    <message>
        <source>no node &apos;%1&apos; in %2 (%3 nodes; &apos;whittle-cli inspect&apos; lists them, or give an index from 0)</source>
        <translation>%2 中没有节点“%1”（共 %3 个节点；可用“whittle-cli inspect”列出，或给出从 0 开始的索引）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(omitted)</source>
        <translation>（已省略）</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>from weight %1</source>
        <translation>来自权重 %1</translation>
    </message>
    <message>
        <source>constant, computed at load</source>
        <translation>常量，加载时计算</translation>
    </message>
    <message>
        <source>Weight %1: %2 %3, %4 values</source>
        <translation>权重 %1：%2 %3，%4 个值</translation>
    </message>
    <message>
        <source>min %1  max %2  mean %3  std %4  sparsity %5 % (%6 zeros)</source>
        <translation>最小 %1  最大 %2  均值 %3  标准差 %4  稀疏度 %5%（%6 个零）</translation>
    </message>
    <message>
        <source>%1 values are NaN or infinite</source>
        <translation>%1 个值为 NaN 或无穷大</translation>
    </message>
    <message>
        <source>histogram: %1 bins of width %2, each starting at the value shown</source>
        <translation>直方图：%1 个宽度为 %2 的区间，每个区间从所示值开始</translation>
    </message>
    <message>
        <source>Show one node of an ONNX model: its attributes, input and output tensors, what it costs, and the statistics and histogram of each of its weights.</source>
        <translation>显示 ONNX 模型的一个节点：其属性、输入和输出张量、开销，以及每个权重的统计量和直方图。</translation>
    </message>
    <message>
        <source>The .onnx file.</source>
        <translation>.onnx 文件。</translation>
    </message>
    <message>
        <source>The node&apos;s name, or its index.</source>
        <translation>节点名称或其索引。</translation>
    </message>
    <message>
        <source>Estimate the node&apos;s latency and energy on this hardware profile.</source>
        <translation>按此硬件配置估算该节点的延迟和能耗。</translation>
    </message>
    <message>
        <source>Histogram bins, 1 to 10000 (default 20).</source>
        <translation>直方图区间数，1 到 10000（默认 20）。</translation>
    </message>
    <message>
        <source>node needs a model file and a node name (see --help)</source>
        <translation>node 需要一个模型文件和一个节点名称（参见 --help）</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use text or json</source>
        <translation>未知格式“%1”；请使用 text 或 json</translation>
    </message>
    <message>
        <source>--bins %1: expected a whole number from 1 to 10000</source>
        <translation>--bins %1：应为 1 到 10000 之间的整数</translation>
    </message>
    <message>
        <source>in graph &apos;%1&apos;</source>
        <translation>位于图“%1”</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>属性：</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Cost on %1:</source>
        <translation>在 %1 上的开销：</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>开销：</translation>
    </message>
    <message>
        <source>params %1 (%2)  MACs %3  FLOPs %4</source>
        <translation>参数 %1（%2）  MACs %3  FLOPs %4</translation>
    </message>
    <message>
        <source>latency %1 (compute %2, memory %3; %4-bound)  energy %5</source>
        <translation>延迟 %1（计算 %2，访存 %3；受限于 %4）  能耗 %5</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Estimate a model on every hardware profile: total latency, energy, whether it fits the device&apos;s memories, and how much of the latency each bound accounts for.</source>
        <translation>在每个硬件配置上估算模型：总延迟、能耗、是否能放入设备的存储，以及各类瓶颈各占延迟的多少。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>容纳</translation>
    </message>
    <message>
        <source>compute / memory / overhead-bound share of latency</source>
        <translation>延迟中计算 / 访存 / 固定开销受限的占比</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>--sparsities: %1 is outside (0, 0.99]</source>
        <translation>--sparsities：%1 不在 (0, 0.99] 内</translation>
    </message>
    <message>
        <source>--bits: %1 is not a width Whittle quantizes to (2 to 8, or 16)</source>
        <translation>--bits：%1 不是 Whittle 支持的量化位宽（2 到 8，或 16）</translation>
    </message>
    <message>
        <source>nothing to try: both grids are empty</source>
        <translation>没有可尝试的设置：两个网格都为空</translation>
    </message>
    <message>
        <source>Sparsities to try on each layer, comma-separated (default 0.25,0.5,0.75,0.9,0.95; 0 for none).</source>
        <translation>在每层上尝试的稀疏度，以逗号分隔（默认 0.25,0.5,0.75,0.9,0.95；0 表示不尝试）。</translation>
    </message>
    <message>
        <source>Weight bits to try on each layer, comma-separated (default 8,6,4,3,2; 32 for none).</source>
        <translation>在每层上尝试的权重位数，以逗号分隔（默认 8,6,4,3,2；32 表示不尝试）。</translation>
    </message>
    <message>
        <source>Neither read nor write the sensitivity cache.</source>
        <translation>既不读取也不写入敏感度缓存。</translation>
    </message>
    <message>
        <source>Per layer, the accuracy (or agreement with the original, without labels) at each sparsity and each bit width, the rest of the model untouched; with the size and latency each setting saves by the estimate. Results are cached.</source>
        <translation>逐层给出每种稀疏度和每种位宽下的准确率（无标签时为与原模型的一致率），模型其余部分保持不变；并给出按估算每种设置节省的大小和延迟。结果会被缓存。</translation>
    </message>
    <message>
        <source>The .onnx file to analyze.</source>
        <translation>要分析的 .onnx 文件。</translation>
    </message>
    <message>
        <source>Hardware profile for the latency savings (default laptop-avx2).</source>
        <translation>用于计算延迟节省的硬件配置（默认 laptop-avx2）。</translation>
    </message>
    <message>
        <source>sensitivity needs --dataset PATH (see --help)</source>
        <translation>sensitivity 需要 --dataset PATH（参见 --help）</translation>
    </message>
    <message>
        <source>model     %1
</source>
        <translation>模型      %1
</translation>
    </message>
    <message>
        <source>dataset   %1
</source>
        <translation>数据集    %1
</translation>
    </message>
    <message>
        <source>metric    %1 %2 % on %3 samples, unmodified
</source>
        <translation>指标      %1 %2%，%3 个样本，未修改
</translation>
    </message>
    <message>
        <source>cells     %1 in % with one layer changed; below, what the setting saves by the estimate: weight bytes (QDQ export) and µs on %2

</source>
        <translation>单元格    只改动一层时的 %1（%）；下方为按估算该设置节省的权重字节（QDQ 导出）和 %2 上的 µs

</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>−bytes</source>
        <translation>−字节</translation>
    </message>
    <message>
        <source>−µs</source>
        <translation>−µs</translation>
    </message>
    <message>
        <source>time      %1 s (from the cache)
</source>
        <translation>时间      %1 s（来自缓存）
</translation>
    </message>
    <message>
        <source>time      %1 s, %2 evaluations, %3 at once
</source>
        <translation>时间      %1 s，%2 次评估，%3 个并行
</translation>
    </message>
    <message>
        <source>the graph layout was cancelled</source>
        <translation>图布局已取消</translation>
    </message>
    <message>
        <source>it holds strings, not numbers</source>
        <translation>它包含字符串，而不是数字</translation>
    </message>
    <message>
        <source>complex values have no histogram</source>
        <translation>复数值没有直方图</translation>
    </message>
    <message>
        <source>8-bit float values cannot be read yet</source>
        <translation>暂不能读取 8 位浮点值</translation>
    </message>
    <message>
        <source>its element type is unknown</source>
        <translation>其元素类型未知</translation>
    </message>
    <message>
        <source>element type %1 cannot be read</source>
        <translation>无法读取元素类型 %1</translation>
    </message>
    <message>
        <source>it holds %1 bytes for %2 values</source>
        <translation>它为 %2 个值保存了 %1 字节</translation>
    </message>
    <message>
        <source>its values are not available</source>
        <translation>其数值不可用</translation>
    </message>
    <message>
        <source>it holds %1 values instead of %2</source>
        <translation>它包含 %1 个值而不是 %2 个</translation>
    </message>
    <message>
        <source>, … (%1 values)</source>
        <translation>，…（%1 个值）</translation>
    </message>
    <message>
        <source>graph &apos;%1&apos; (1 node)</source>
        <translation>图“%1”（1 个节点）</translation>
    </message>
    <message>
        <source>graph &apos;%1&apos; (%2 nodes)</source>
        <translation>图“%1”（%2 个节点）</translation>
    </message>
    <message>
        <source>sparse, dims %1</source>
        <translation>稀疏，维度 %1</translation>
    </message>
    <message>
        <source>(non-tensor type)</source>
        <translation>（非张量类型）</translation>
    </message>
    <message>
        <source>(attribute type %1)</source>
        <translation>（属性类型 %1）</translation>
    </message>
    <message>
        <source>refers to &apos;%1&apos;</source>
        <translation>引用“%1”</translation>
    </message>
    <message>
        <source>no tensor number %1 in the model</source>
        <translation>模型中没有编号为 %1 的张量</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weight: its values are only known at run time</source>
        <translation>“%1”不是权重：其值只有运行时才知道</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; (%2): %3</source>
        <translation>权重“%1”（%2）：%3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>%1 timed layers of %2 models (%3), %4</source>
        <translation>%2 个模型（%3）中的 %1 个计时层，%4</translation>
    </message>
    <message>
        <source> Raised ×%1 to %2, the fitted throughput of the fastest op class, which beat the GEMM (e.g. Winograd 3×3 convolutions do fewer multiplications than the direct count), so that efficiencies stay in (0, 1].</source>
        <translation>已提高 ×%1 至 %2，即最快算子类别的拟合吞吐量，它超过了 GEMM（例如 Winograd 3×3 卷积的乘法次数少于直接计数），以使效率保持在 (0, 1] 内。</translation>
    </message>
    <message>
        <source>Fitted by least squares: the effective bandwidth of the memory-bound layers of %1 (small activations stay in cache, so it can exceed a DRAM copy). For reference, %2</source>
        <translation>最小二乘拟合：%1 中访存受限层的有效带宽（小的激活留在缓存中，因此可能超过 DRAM 拷贝）。作为参考，%2</translation>
    </message>
    <message>
        <source>Fitted by least squares: the fixed time per layer on %1.</source>
        <translation>最小二乘拟合：%1 上每层的固定时间。</translation>
    </message>
    <message>
        <source>Fitted by least squares (relative errors, layers and whole models weighed equally) on %1, as shares of the fp32 peak.</source>
        <translation>在 %1 上用最小二乘拟合（相对误差，层与整个模型权重相同），以 fp32 峰值的比例表示。</translation>
    </message>
    <message>
        <source> No compute-bound layer measured for %1: kept from base profile &apos;%2&apos; as a share of the measured peak.</source>
        <translation>未测到 %1 的计算受限层：沿用基础配置“%2”的值，作为实测峰值的比例。</translation>
    </message>
    <message>
        <source>Not measured: copied from base profile &apos;%1&apos;.</source>
        <translation>未测量：从基础配置“%1”复制。</translation>
    </message>
    <message>
        <source>This machine as its runtime runs models: figures %1, fitted starting from base profile &apos;%2&apos;. The runtime computes in fp32, so every type uses the fp32 peak.</source>
        <translation>按其运行时运行模型时的本机：数据 %1，以基础配置“%2”为起点拟合。运行时以 fp32 计算，因此每种类型都使用 fp32 峰值。</translation>
    </message>
    <message>
        <source>Calibrated for OpenCV DNN, which has no sparse kernels: zeros are not skipped.</source>
        <translation>针对 OpenCV DNN 校准，它没有稀疏内核：零值不会被跳过。</translation>
    </message>
    <message>
        <source>calibration needs the machine&apos;s measured fp32 peak, got %1 FLOP/s</source>
        <translation>校准需要本机实测的 fp32 峰值，得到的是 %1 FLOP/s</translation>
    </message>
    <message>
        <source>calibration needs the machine&apos;s measured memory bandwidth, got %1 B/s</source>
        <translation>校准需要本机实测的内存带宽，得到的是 %1 B/s</translation>
    </message>
    <message>
        <source>calibration needs at least one measured model</source>
        <translation>校准至少需要一个实测模型</translation>
    </message>
    <message>
        <source>%1: measured time %2 s is not a time</source>
        <translation>%1：实测时间 %2 s 不是有效时间</translation>
    </message>
    <message>
        <source>%1, node &apos;%2&apos;: measured time %3 s is not a time</source>
        <translation>%1，节点“%2”：实测时间 %3 s 不是有效时间</translation>
    </message>
    <message>
        <source>%1, node &apos;%2&apos;: negative or infinite FLOPs or bytes</source>
        <translation>%1，节点“%2”：FLOPs 或字节数为负或无穷大</translation>
    </message>
    <message>
        <source>calibration needs at least one timed layer that the estimator prices; the %1 measured models have none</source>
        <translation>校准至少需要一个估算器能估价的计时层；%1 个实测模型中没有</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n sparse initializer(s), which Whittle does not count yet</source>
        <translation>
            <numerusform>%1 有 %n 个稀疏初始化器，Whittle 暂不计入</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute constant subgraphs once and store them as initializers</source>
        <translation>一次性计算常量子图并存为初始化器</translation>
    </message>
    <message>
        <source>Remove Identity and inference-time Dropout nodes</source>
        <translation>删除 Identity 和推理时的 Dropout 节点</translation>
    </message>
    <message>
        <source>Fold BatchNormalization into the preceding Conv, ConvTranspose or Gemm</source>
        <translation>将 BatchNormalization 折叠进前面的 Conv、ConvTranspose 或 Gemm</translation>
    </message>
    <message>
        <source>Remove nodes and initializers no graph output depends on</source>
        <translation>删除没有图输出依赖的节点和初始化器</translation>
    </message>
    <message>
        <source>its output is a graph output</source>
        <translation>其输出是图输出</translation>
    </message>
    <message>
        <source>its output is read inside a subgraph</source>
        <translation>其输出在子图中被读取</translation>
    </message>
    <message>
        <source>its channels reach the %1 node &apos;%2&apos;</source>
        <translation>其通道到达 %1 节点“%2”</translation>
    </message>
    <message>
        <source>%1: structured pruning is not estimated, %2</source>
        <translation>%1：未估算结构化剪枝，%2</translation>
    </message>
    <message>
        <source>%1: the rank keeping %2 % of the energy is not estimated</source>
        <translation>%1：未估算保留 %2% 能量的秩</translation>
    </message>
    <message>
        <source>one global magnitude threshold: each layer is credited the global sparsity</source>
        <translation>单一全局幅值阈值：每层都按全局稀疏度计</translation>
    </message>
    <message numerus="yes">
        <source>one threshold across %n layer(s): |w| ≤ %1 pruned</source>
        <translation>
            <numerusform>%n 个层共用一个阈值：剪去 |w| ≤ %1 的权重</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>calibration sample %1 has %2 inputs; the model takes %n</source>
        <translation>
            <numerusform>校准样本 %1 有 %2 个输入；模型需要 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-optimize was cancelled</source>
        <translation>自动优化已取消</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>auto-optimize needs a model</source>
        <translation>自动优化需要一个模型</translation>
    </message>
    <message>
        <source>auto-optimize needs exactly one budget: a latency, a size or a size ratio</source>
        <translation>自动优化需要且只需要一个预算：延迟、大小或大小比例</translation>
    </message>
    <message>
        <source>the latency budget must be more than 0 ms</source>
        <translation>延迟预算必须大于 0 ms</translation>
    </message>
    <message>
        <source>the size budget must be more than 0 bytes</source>
        <translation>大小预算必须大于 0 字节</translation>
    </message>
    <message>
        <source>the size ratio must be in (0, 1]</source>
        <translation>大小比例必须在 (0, 1] 内</translation>
    </message>
    <message>
        <source>the maximum drop must be 0 to 100 points</source>
        <translation>最大下降必须是 0 到 100 个百分点</translation>
    </message>
    <message>
        <source>auto-optimize needs at least one evaluation</source>
        <translation>自动优化至少需要一次评估</translation>
    </message>
    <message>
        <source>no setting of the grids brings the estimate to the budget: the greedy path ends at %1</source>
        <translation>网格中没有任何设置能使估算达到预算：贪心路径止于 %1</translation>
    </message>
    <message>
        <source>target met: %1 ≤ %2 with a drop of %3 points (at most %4)</source>
        <translation>达成目标：%1 ≤ %2，下降 %3 个百分点（上限 %4）</translation>
    </message>
    <message>
        <source>no plan of the grids reaches the budget</source>
        <translation>网格中没有方案达到预算</translation>
    </message>
    <message>
        <source>the plans that reach it drop more than %1 points</source>
        <translation>达到预算的方案下降都超过 %1 个百分点</translation>
    </message>
    <message>
        <source>target missed by %1 (%2 %): the best valid plan costs %3 against a budget of %4, with a drop of %5 points; %6</source>
        <translation>未达成目标，差 %1（%2%）：最佳有效方案开销为 %3，预算为 %4，下降 %5 个百分点；%6</translation>
    </message>
    <message numerus="yes">
        <source>image folder %1: %n unlabelled image(s)</source>
        <translation>
            <numerusform>图像文件夹 %1：%n 张无标签图像</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in model %1 does not parse: %2</source>
        <translation>内置模型 %1 无法解析：%2</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; is not float32; calibration feeds random float inputs only</source>
        <translation>%1：输入“%2”不是 float32；校准只提供随机浮点输入</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; has no known rank</source>
        <translation>%1：输入“%2”的秩未知</translation>
    </message>
    <message>
        <source>%1 %2 GFLOP/s</source>
        <translation>%1 %2 GFLOP/s</translation>
    </message>
    <message>
        <source>the peak probe gave no layer times on %1</source>
        <translation>峰值探测在 %1 上没有得到层时间</translation>
    </message>
    <message>
        <source>Measured by %1 on %2: the faster of a 1×1 Conv (512→512 channels, 32×32) and a 1024×1024×1024 MatMul on %3 with %4 threads, median of %5 runs (%6).</source>
        <translation>由 %1 在 %2 上测得：在 %3 上用 %4 个线程运行 1×1 Conv（512→512 通道，32×32）和 1024×1024×1024 MatMul，取较快者，%5 次运行的中位数（%6）。</translation>
    </message>
    <message>
        <source>calibration cancelled</source>
        <translation>校准已取消</translation>
    </message>
    <message>
        <source>a copy of 64 MiB with %1 threads measured %2 GB/s (read and write counted; median of %3 copies; %4 on %5).</source>
        <translation>用 %1 个线程拷贝 64 MiB 测得 %2 GB/s（读写都计入；%3 次拷贝的中位数；%5 上的 %4）。</translation>
    </message>
    <message>
        <source>Physical memory reported by the operating system (sysconf _SC_PHYS_PAGES × _SC_PAGE_SIZE) on %1.</source>
        <translation>%1 上操作系统报告的物理内存（sysconf _SC_PHYS_PAGES × _SC_PAGE_SIZE）。</translation>
    </message>
    <message>
        <source>Not known on this platform; 0 means unknown.</source>
        <translation>此平台上未知；0 表示未知。</translation>
    </message>
    <message>
        <source>Size of the file system holding the home folder (%1) on %2.</source>
        <translation>%2 上主目录（%1）所在文件系统的大小。</translation>
    </message>
    <message>
        <source>Not known: the home folder&apos;s file system could not be read.</source>
        <translation>未知：无法读取主目录所在的文件系统。</translation>
    </message>
    <message>
        <source>calibration needs at least one model</source>
        <translation>校准至少需要一个模型</translation>
    </message>
    <message>
        <source>calibration needs at least 1 timed run per model and no negative warm-up</source>
        <translation>校准要求每个模型至少 1 次计时运行，且预热次数不能为负</translation>
    </message>
    <message>
        <source>measured by %1 on %2 with %3, %4 threads, median of %5 timed runs after %6 warm-up runs</source>
        <translation>由 %1 在 %2 上用 %3 测得，%4 个线程，预热 %6 次后 %5 次计时运行的中位数</translation>
    </message>
    <message>
        <source>the scores</source>
        <translation>分数输出</translation>
    </message>
    <message>
        <source>a reference output</source>
        <translation>参考输出</translation>
    </message>
    <message>
        <source>an output</source>
        <translation>某个输出</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n input(s), %2 given</source>
        <translation>
            <numerusform>%1 需要 %n 个输入，实际给出 %2 个</numerusform>
        </translation>
    </message>
    <message>
        <source>sensitivity analysis was cancelled</source>
        <translation>敏感度分析已取消</translation>
    </message>
    <message>
        <source>sensitivity needs at least one sparsity or one bit width to try</source>
        <translation>敏感度分析至少需要一个要尝试的稀疏度或位宽</translation>
    </message>
    <message>
        <source>sparsity %1 is outside (0, 0.99]</source>
        <translation>稀疏度 %1 不在 (0, 0.99] 内</translation>
    </message>
    <message>
        <source>no metric</source>
        <translation>没有指标</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>没有基线</translation>
    </message>
    <message>
        <source>a layer without a name</source>
        <translation>一个没有名称的层</translation>
    </message>
    <message>
        <source>layer %1 does not match the grids</source>
        <translation>层 %1 与网格不匹配</translation>
    </message>
    <message>
        <source>a metric out of range</source>
        <translation>指标超出范围</translation>
    </message>
    <message>
        <source>sensitivity analysis needs a model</source>
        <translation>敏感度分析需要一个模型</translation>
    </message>
    <message>
        <source>%1 has no layer with a constant floating-point weight to prune or quantize</source>
        <translation>%1 没有可剪枝或量化的常量浮点权重层</translation>
    </message>
    <message>
        <source>read from the cache %1</source>
        <translation>从缓存 %1 读取</translation>
    </message>
    <message>
        <source>its layers are not the model&apos;s</source>
        <translation>其层与模型的层不一致</translation>
    </message>
    <message>
        <source>ignored the unreadable cache file %1: %2</source>
        <translation>已忽略无法读取的缓存文件 %1：%2</translation>
    </message>
    <message>
        <source>saved in the cache %1</source>
        <translation>已保存到缓存 %1</translation>
    </message>
    <message>
        <source>unknown shape</source>
        <translation>形状未知</translation>
    </message>
    <message>
        <source>unknown op</source>
        <translation>未知算子</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>访存</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>固定开销</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Measure layers of real models on this computer with ONNX Runtime or OpenCV DNN (--runtime), fit the latency estimator&apos;s per-op-class efficiencies, per-layer overhead and bandwidth to them, and write a &quot;This computer&quot; hardware profile. Reports the estimator&apos;s error before and after. Without MODEL, uses the bundled sample and built-in synthetic models.</source>
        <translation>在本机上用 ONNX Runtime 或 OpenCV DNN（--runtime）测量真实模型的各层，据此拟合延迟估算器的各算子类别效率、每层固定开销和带宽，并写出“本机”硬件配置。报告拟合前后估算器的误差。未指定 MODEL 时使用内置示例和内置合成模型。</translation>
    </message>
    <message>
        <source>Threads for the runtime (default: all cores).</source>
        <translation>运行时使用的线程数（默认：全部核心）。</translation>
    </message>
    <message>
        <source>Run the model on this runtime: %1 (default %2).</source>
        <translation>在此运行时上运行模型：%1（默认 %2）。</translation>
    </message>
    <message>
        <source>--runtime: %1 is not built into this whittle-cli (available: %2)</source>
        <translation>--runtime：此 whittle-cli 未内置 %1（可用：%2）</translation>
    </message>
    <message>
        <source>Run a model over a dataset on ONNX Runtime or OpenCV DNN: accuracy against labels, agreement with a reference model, and measured latency.</source>
        <translation>在 ONNX Runtime 或 OpenCV DNN 上用数据集运行模型：相对标签的准确率、与参考模型的一致率以及实测延迟。</translation>
    </message>
    <message>
        <source>Also write a before/after report, per layer and in total: HTML (with charts), CSV or JSON, chosen by the file&apos;s extension.</source>
        <translation>同时写出优化前后的对比报告，包括逐层和总计：HTML（含图表）、CSV 或 JSON，由文件扩展名决定。</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <source>List the hardware profiles: the bundled ones, those installed in %1 and yours in %2 (a later one replaces an earlier one with the same id).</source>
        <translation>列出硬件配置：内置的、安装在 %1 中的以及您在 %2 中的（后列出的会替换 id 相同的先列出的）。</translation>
    </message>
    <message>
        <source>Evaluations run at once (default: one per core, the runtime single-threaded meanwhile).</source>
        <translation>同时运行的评估数（默认：每个核心一个，此时运行时单线程运行）。</translation>
    </message>
    <message>
        <source>The ONNX model or Whittle session (.whittle) to open. Without one, the bundled MNIST sample opens.</source>
        <translation>要打开的 ONNX 模型或 Whittle 会话（.whittle）。未指定时打开内置的 MNIST 示例。</translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
    <message>
        <source>the reports were estimated on different profiles (%1, %2); latency and energy are not compared</source>
        <translation>两份报告是在不同的配置上估算的（%1、%2）；不比较延迟和能耗</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>文件夹 %1 是只读的</translation>
    </message>
    <message>
        <source>the disk is full (%1 bytes needed, %2 free)</source>
        <translation>磁盘已满（需要 %1 字节，剩余 %2 字节）</translation>
    </message>
    <message>
        <source>cannot write %1: %2; the previous file is unchanged</source>
        <translation>无法写入 %1：%2；原有文件保持不变</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是文件夹</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>cannot write next to %1: %2</source>
        <translation>无法在 %1 旁写入：%2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>unknown export form &apos;%1&apos;; use qdq, simulated or fp16</source>
        <translation>未知导出形式“%1”；请使用 qdq、simulated 或 fp16</translation>
    </message>
    <message>
        <source>no model to export</source>
        <translation>没有可导出的模型</translation>
    </message>
    <message>
        <source>choose where to write the optimized model</source>
        <translation>请选择优化后模型的写出位置</translation>
    </message>
    <message>
        <source>%1 would overwrite a model; the plan and the report need file names of their own</source>
        <translation>%1 会覆盖某个模型；方案和报告需要各自的文件名</translation>
    </message>
    <message>
        <source>the plan and the report are both set to %1</source>
        <translation>方案和报告都被设为 %1</translation>
    </message>
    <message>
        <source>%1 was written but does not load back: %2</source>
        <translation>%1 已写出，但无法重新加载：%2</translation>
    </message>
    <message>
        <source>the model was written to %1, but the plan was not: %2</source>
        <translation>模型已写入 %1，但方案未能写出：%2</translation>
    </message>
    <message>
        <source>the model was written to %1, but the report was not: %2</source>
        <translation>模型已写入 %1，但报告未能写出：%2</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>optimized</source>
        <translation>优化后</translation>
    </message>
    <message>
        <source>Totals, optimized relative to the original</source>
        <translation>总计：优化后相对于原始模型</translation>
    </message>
    <message>
        <source>The chart shows the %1 costliest of %2 layers.</source>
        <translation>图表显示 %2 个层中开销最大的 %1 个。</translation>
    </message>
    <message>
        <source>Latency per layer</source>
        <translation>每层延迟</translation>
    </message>
    <message>
        <source>MACs per layer</source>
        <translation>每层 MACs</translation>
    </message>
    <message>
        <source>%1: a report is written as .html, .csv or .json; the extension says which</source>
        <translation>%1：报告以 .html、.csv 或 .json 格式写出，由扩展名决定</translation>
    </message>
    <message>
        <source>Whittle optimization report: %1</source>
        <translation>Whittle 优化报告：%1</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>原始模型：%1</translation>
    </message>
    <message>
        <source>Optimized: %1</source>
        <translation>优化后模型：%1</translation>
    </message>
    <message>
        <source>Estimated on: %1 (%2)</source>
        <translation>估算所用配置：%1（%2）</translation>
    </message>
    <message>
        <source>Not estimated on a hardware profile: no latency or energy.</source>
        <translation>未在硬件配置上估算：没有延迟和能耗。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>%1 removed, %2 added</source>
        <translation>删除 %1 个，新增 %2 个</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>What the plan did</source>
        <translation>方案所做的改动</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>refusing to write the plan over the input file %1; choose another file name</source>
        <translation>拒绝用方案覆盖输入文件 %1；请选择其他文件名</translation>
    </message>
    <message>
        <source>cannot write %1: the plan does not read back (%2); the previous file is unchanged</source>
        <translation>无法写入 %1：方案无法读回（%2）；原有文件保持不变</translation>
    </message>
    <message>
        <source>cannot write %1: the plan reads back differently; the previous file is unchanged</source>
        <translation>无法写入 %1：读回的方案与原方案不一致；原有文件保持不变</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos;: no such node or weight input</source>
        <translation>层“%1”：没有这样的节点或权重输入</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos;: its weight is not a stored constant</source>
        <translation>层“%1”：其权重不是存储的常量</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos;: the values of weight &apos;%2&apos; cannot be read as floats</source>
        <translation>层“%1”：权重“%2”的值无法读取为浮点数</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos;: weight &apos;%2&apos; holds no values</source>
        <translation>层“%1”：权重“%2”不含任何值</translation>
    </message>
    <message>
        <source>low-rank factorization is not shown</source>
        <translation>不显示低秩分解</translation>
    </message>
    <message>
        <source>removed channels are left out; channels coupled to other layers may keep more</source>
        <translation>已移除的通道不显示；与其他层耦合的通道可能保留更多</translation>
    </message>
    <message>
        <source>structured pruning is not shown: the output channels are unknown</source>
        <translation>不显示结构化剪枝：输出通道未知</translation>
    </message>
    <message>
        <source>%1 exists and is not a profile written by calibration; choose another file</source>
        <translation>%1 已存在且不是校准写出的配置；请选择其他文件</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; is of %3, which Whittle cannot feed</source>
        <translation>%1：输入“%2”的类型为 %3，Whittle 无法提供这种输入</translation>
    </message>
    <message>
        <source>%1: output &apos;%2&apos; is not a tensor (a sequence or map), which Whittle cannot read</source>
        <translation>%1：输出“%2”不是张量（而是序列或映射），Whittle 无法读取</translation>
    </message>
    <message>
        <source>%1: output &apos;%2&apos; is of %3, which Whittle cannot read</source>
        <translation>%1：输出“%2”的类型为 %3，Whittle 无法读取</translation>
    </message>
    <message>
        <source>the ONNX Runtime library loaded (%1) does not provide API version %2, which Whittle was built against</source>
        <translation>已加载的 ONNX Runtime 库（%1）不提供 Whittle 构建时所用的 API 版本 %2</translation>
    </message>
    <message>
        <source>%1 cannot load %2: %3</source>
        <translation>%1 无法加载 %2：%3</translation>
    </message>
    <message>
        <source>%1 cannot run %2: this build of Whittle has no ONNX Runtime (configure with -DWHITTLE_ONNXRUNTIME_ROOT=..., see scripts/fetch-onnxruntime.sh)</source>
        <translation>%1 无法运行 %2：此版本的 Whittle 未包含 ONNX Runtime（请用 -DWHITTLE_ONNXRUNTIME_ROOT=... 配置，参见 scripts/fetch-onnxruntime.sh）</translation>
    </message>
    <message>
        <source>%1: a session must be a JSON object</source>
        <translation>%1：会话必须是 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;whittle-session&quot;</source>
        <translation>必须是 &quot;whittle-session&quot;</translation>
    </message>
    <message>
        <source>must be the model file&apos;s path (a non-empty string)</source>
        <translation>必须是模型文件的路径（非空字符串）</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must be an object (a plan as whittle-cli reads it)</source>
        <translation>必须是对象（whittle-cli 可读取的方案）</translation>
    </message>
    <message>
        <source>cannot save the session to %1: it does not read back (%2); the previous file is unchanged</source>
        <translation>无法将会话保存到 %1：无法读回（%2）；原有文件保持不变</translation>
    </message>
    <message>
        <source>cannot save the session to %1: it reads back differently; the previous file is unchanged</source>
        <translation>无法将会话保存到 %1：读回的内容与原会话不一致；原有文件保持不变</translation>
    </message>
    <message>
        <source>cannot open the session %1: %2</source>
        <translation>无法打开会话 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a session file</source>
        <translation>%1：%2 字节对会话文件来说过大</translation>
    </message>
    <message>
        <source>%1: too large for a session file</source>
        <translation>%1：对会话文件来说过大</translation>
    </message>
    <message>
        <source>cannot create the autosave folder %1</source>
        <translation>无法创建自动保存文件夹 %1</translation>
    </message>
    <message>
        <source>the constant &apos;%1&apos; of shape %2 is larger than any real model; its elements are not counted</source>
        <translation>常量“%1”（形状 %2）大于任何真实模型；其元素不计入</translation>
    </message>
    <message>
        <source>--runtime: unknown runtime &apos;%1&apos;; known: %2</source>
        <translation>--runtime：未知运行时“%1”；已知：%2</translation>
    </message>
    <message>
        <source>the costs add up to more than 64 bits can count; the totals stop at %L1</source>
        <translation>开销之和超出 64 位所能计数的范围；合计止于 %L1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the clauses of one message</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the report&apos;s language, as an HTML lang tag</comment>
        <translation>zh-CN</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>not cached: %1</source>
        <translation>未缓存：%1</translation>
    </message>
</context>
<context>
    <name>whittle::AutoOptimizeDialog</name>
    <message>
        <source>Auto-optimize</source>
        <translation>自动优化</translation>
    </message>
    <message>
        <source>The device whose estimated latency the search works on</source>
        <translation>搜索所依据的估算延迟对应的设备</translation>
    </message>
    <message>
        <source>Estimated latency at most</source>
        <translation>估算延迟不超过</translation>
    </message>
    <message>
        <source>Weight size at most (KiB)</source>
        <translation>权重大小不超过（KiB）</translation>
    </message>
    <message>
        <source>Weight size at most (% of the original)</source>
        <translation>权重大小不超过（占原始的 %）</translation>
    </message>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>How far the accuracy (or agreement with the original) may fall, in percentage points</source>
        <translation>准确率（或与原模型的一致率）最多允许下降多少，单位为百分点</translation>
    </message>
    <message>
        <source>all samples</source>
        <translation>全部样本</translation>
    </message>
    <message>
        <source>Evaluate on the first samples of the dataset only: faster, noisier</source>
        <translation>只在数据集的前若干个样本上评估：更快，但噪声更大</translation>
    </message>
    <message>
        <source>Candidate plans applied and evaluated, at most</source>
        <translation>最多应用并评估的候选方案数</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <source>Maximum accuracy &amp;drop:</source>
        <translation>最大准确率下降(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation>样本(&amp;S)：</translation>
    </message>
    <message>
        <source>Plans to &amp;verify:</source>
        <translation>待验证方案数(&amp;V)：</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Evaluate on the first samples of the dataset&apos;s %1 only: faster, noisier</source>
        <translation>只在数据集 %1 个样本中的前若干个上评估：更快，但噪声更大</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>On the chosen device, as the estimator predicts it.</source>
        <translation>在所选设备上，按估算器的预测。</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>The original&apos;s weights take %1.</source>
        <translation>原始模型的权重占 %1。</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Of the original&apos;s %1.</source>
        <translation>相对于原始模型的 %1。</translation>
    </message>
    <message>
        <source>There is no hardware profile to optimize for.</source>
        <translation>没有可用于优化的硬件配置。</translation>
    </message>
    <message>
        <source>The budget must be greater than zero.</source>
        <translation>预算必须大于零。</translation>
    </message>
    <message>
        <source>A size budget of 100 % or more asks for nothing: choose less.</source>
        <translation>大小预算为 100% 或以上等于没有要求：请选择更小的值。</translation>
    </message>
</context>
<context>
    <name>whittle::AutoOptimizeRunner</name>
    <message>
        <source>Auto-optimize</source>
        <translation>自动优化</translation>
    </message>
    <message>
        <source>Auto-optimize needs a model and a dataset</source>
        <translation>自动优化需要模型和数据集</translation>
    </message>
</context>
<context>
    <name>whittle::CalibrationRunner</name>
    <message>
        <source>Calibrating this computer</source>
        <translation>正在校准本机</translation>
    </message>
    <message>
        <source>%1 exists and is not a profile written by calibration; choose another file</source>
        <translation>%1 已存在且不是校准写出的配置；请选择其他文件</translation>
    </message>
</context>
<context>
    <name>whittle::ChartsWidget</name>
    <message>
        <source>Latency per layer</source>
        <translation>每层延迟</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>Roofline</translation>
    </message>
    <message>
        <source>By op type</source>
        <translation>按算子类型</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the chart shown as PNG, SVG or PDF</source>
        <translation>将当前图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>compute time</source>
        <translation>计算时间</translation>
    </message>
    <message>
        <source>memory time</source>
        <translation>访存时间</translation>
    </message>
    <message>
        <source>latency (slower of the two + overhead)</source>
        <translation>延迟（两者中较慢者 + 固定开销）</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>时间（ms）</translation>
    </message>
    <message>
        <source>Choose a hardware profile to estimate latencies.</source>
        <translation>请选择一个硬件配置以估算延迟。</translation>
    </message>
    <message>
        <source>No layer takes time on %1.</source>
        <translation>在 %1 上没有耗时的层。</translation>
    </message>
    <message>
        <source>On %6: the %1 slowest of %2 layers, in graph order: %3 of the %4 total (%5 %). Drag or scroll to pan and zoom; click a bar to select its layer.</source>
        <translation>在 %6 上：%2 个层中最慢的 %1 个，按图顺序：占总计 %4 中的 %3（%5%）。拖动或滚动以平移和缩放；点击柱条选中对应的层。</translation>
    </message>
    <message>
        <source>On %3: all %1 layers, in graph order: %2 in total. Click a bar to select its layer.</source>
        <translation>在 %3 上：全部 %1 个层，按图顺序：总计 %2。点击柱条选中对应的层。</translation>
    </message>
    <message>
        <source>%1 peak %2</source>
        <translation>%1 峰值 %2</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>访存 %1</translation>
    </message>
    <message>
        <source>compute-bound layers</source>
        <translation>计算受限的层</translation>
    </message>
    <message>
        <source>memory-bound layers</source>
        <translation>访存受限的层</translation>
    </message>
    <message>
        <source>overhead-bound layers</source>
        <translation>固定开销受限的层</translation>
    </message>
    <message>
        <source>Roofline (no profile chosen)</source>
        <translation>Roofline（未选择配置）</translation>
    </message>
    <message>
        <source>Roofline on %1</source>
        <translation>%1 上的 Roofline</translation>
    </message>
    <message>
        <source>arithmetic intensity (FLOP/byte)</source>
        <translation>计算强度（FLOP/字节）</translation>
    </message>
    <message>
        <source>attained performance (FLOP/s)</source>
        <translation>实际性能（FLOP/s）</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>latency (not estimated)</source>
        <translation>延迟（未估算）</translation>
    </message>
    <message>
        <source>latency on %1 (ms)</source>
        <translation>%1 上的延迟（ms）</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Original vs optimized</source>
        <translation>原始与优化对比</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>optimized</source>
        <translation>优化后</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>延迟（ms）</translation>
    </message>
    <message>
        <source>No optimization yet: change the plan to compare each layer&apos;s latency before and after.</source>
        <translation>尚未优化：修改方案即可比较每层优化前后的延迟。</translation>
    </message>
    <message>
        <source>The optimized estimate is for another device than %1.</source>
        <translation>优化后的估算针对的是 %1 以外的设备。</translation>
    </message>
    <message>
        <source>On %1: %2 before, %3 after (%4 %). %5 of %6 layers shown, in graph order; click a bar to select its layer.</source>
        <translation>在 %1 上：之前 %2，之后 %3（%4%）。按图顺序显示 %6 个层中的 %5 个；点击柱条选中对应的层。</translation>
    </message>
</context>
<context>
    <name>whittle::ComparisonTableModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>%1 is not in the optimized model</source>
        <translation>%1 不在优化后的模型中</translation>
    </message>
    <message>
        <source>%1 is new in the optimized model</source>
        <translation>%1 是优化后模型中新增的</translation>
    </message>
    <message>
        <source>Not estimated on a hardware profile</source>
        <translation>未在硬件配置上估算</translation>
    </message>
    <message>
        <source>(optimized − original) / original</source>
        <translation>（优化后 − 原始）/ 原始</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Params (orig.)</source>
        <translation>参数（原始）</translation>
    </message>
    <message>
        <source>Params (opt.)</source>
        <translation>参数（优化后）</translation>
    </message>
    <message>
        <source>Weights (orig.)</source>
        <translation>权重（原始）</translation>
    </message>
    <message>
        <source>Weights (opt.)</source>
        <translation>权重（优化后）</translation>
    </message>
    <message>
        <source>Weights Δ</source>
        <translation>权重 Δ</translation>
    </message>
    <message>
        <source>MACs (orig.)</source>
        <translation>MACs（原始）</translation>
    </message>
    <message>
        <source>MACs (opt.)</source>
        <translation>MACs（优化后）</translation>
    </message>
    <message>
        <source>MACs Δ</source>
        <translation>MACs Δ</translation>
    </message>
    <message>
        <source>Latency (orig.)</source>
        <translation>延迟（原始）</translation>
    </message>
    <message>
        <source>Latency (opt.)</source>
        <translation>延迟（优化后）</translation>
    </message>
    <message>
        <source>Latency Δ</source>
        <translation>延迟 Δ</translation>
    </message>
    <message>
        <source>Energy (orig.)</source>
        <translation>能耗（原始）</translation>
    </message>
    <message>
        <source>Energy (opt.)</source>
        <translation>能耗（优化后）</translation>
    </message>
    <message>
        <source>Energy Δ</source>
        <translation>能耗 Δ</translation>
    </message>
</context>
<context>
    <name>whittle::ComparisonWidget</name>
    <message>
        <source>Change in parameters</source>
        <translation>参数变化</translation>
    </message>
    <message>
        <source>Change in weight bytes</source>
        <translation>权重字节变化</translation>
    </message>
    <message>
        <source>Change in MACs</source>
        <translation>MACs 变化</translation>
    </message>
    <message>
        <source>Change in latency</source>
        <translation>延迟变化</translation>
    </message>
    <message>
        <source>Change in energy</source>
        <translation>能耗变化</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Optimized</source>
        <translation>优化后</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Totals, original and optimized</source>
        <translation>总计：原始与优化后</translation>
    </message>
    <message>
        <source>Filter layers by name or op</source>
        <translation>按名称或算子筛选层</translation>
    </message>
    <message>
        <source>What the graph&apos;s difference heat map shows</source>
        <translation>图的差异热力图所显示的指标</translation>
    </message>
    <message>
        <source>Heat map:</source>
        <translation>热力图：</translation>
    </message>
    <message>
        <source>Nothing to compare yet: optimize or export the model.</source>
        <translation>尚无可比较的内容：请优化或导出模型。</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) compared</source>
        <translation>
            <numerusform>已比较 %n 个层</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed and %2 added by the plan</source>
        <translation>方案删除了 %1 个，新增了 %2 个</translation>
    </message>
    <message>
        <source>estimated on %1</source>
        <translation>在 %1 上估算</translation>
    </message>
    <message>
        <source>not estimated on a hardware profile</source>
        <translation>未在硬件配置上估算</translation>
    </message>
</context>
<context>
    <name>whittle::ExportDialog</name>
    <message>
        <source>Export Optimized Model</source>
        <translation>导出优化后的模型</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>QDQ (int8 weights + DequantizeLinear)</source>
        <translation>QDQ（int8 权重 + DequantizeLinear）</translation>
    </message>
    <message>
        <source>Simulated (dequantized float32, runs anywhere)</source>
        <translation>模拟（反量化的 float32，到处可运行）</translation>
    </message>
    <message>
        <source>fp16 (float16 weights where the plan keeps 32 bits)</source>
        <translation>fp16（方案保留 32 位之处使用 float16 权重）</translation>
    </message>
    <message>
        <source>Plan (JSON)</source>
        <translation>方案（JSON）</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>HTML (tables and charts)</source>
        <translation>HTML（表格和图表）</translation>
    </message>
    <message>
        <source>CSV (per layer)</source>
        <translation>CSV（逐层）</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Input model:</source>
        <translation>输入模型：</translation>
    </message>
    <message>
        <source>Optimized model:</source>
        <translation>优化后的模型：</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>导出形式：</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>方案 (*.json)</translation>
    </message>
    <message>
        <source>Reports (*.html *.csv *.json)</source>
        <translation>报告 (*.html *.csv *.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose where to write the optimized model.</source>
        <translation>请选择优化后模型的写出位置。</translation>
    </message>
    <message>
        <source>Choose where to write the plan, or leave it out.</source>
        <translation>请选择方案的写出位置，或不写出方案。</translation>
    </message>
    <message>
        <source>Choose where to write the report, or leave it out.</source>
        <translation>请选择报告的写出位置，或不写出报告。</translation>
    </message>
    <message>
        <source>The plan and the report need different file names.</source>
        <translation>方案和报告需要不同的文件名。</translation>
    </message>
    <message>
        <source>Overwrite the input model?</source>
        <translation>覆盖输入模型？</translation>
    </message>
    <message>
        <source>%1 is the model you opened. Writing the optimized model over it replaces the original for good.</source>
        <translation>%1 是您打开的模型。用优化后的模型覆盖它将永久替换原始模型。</translation>
    </message>
    <message>
        <source>Choose another file name to keep the original.</source>
        <translation>请选择其他文件名以保留原始模型。</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>The plan would overwrite a model; give it a file name of its own.</source>
        <translation>方案会覆盖某个模型；请为其指定单独的文件名。</translation>
    </message>
    <message>
        <source>The report would overwrite a model; give it a file name of its own.</source>
        <translation>报告会覆盖某个模型；请为其指定单独的文件名。</translation>
    </message>
</context>
<context>
    <name>whittle::GraphView</name>
    <message>
        <source>Conv, MatMul</source>
        <translation>Conv、MatMul</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Element-wise</source>
        <translation>逐元素</translation>
    </message>
    <message>
        <source>Shape, data movement</source>
        <translation>形状、数据搬运</translation>
    </message>
    <message>
        <source>If, Loop, Scan</source>
        <translation>If、Loop、Scan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Input, output</source>
        <translation>输入、输出</translation>
    </message>
    <message>
        <source>Op kind</source>
        <translation>算子类别</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Activation memory</source>
        <translation>激活内存</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：点击或拖动以移动视图</translation>
    </message>
    <message>
        <source>%1 %2 (double-click to collapse)</source>
        <translation>%1 %2（双击折叠）</translation>
    </message>
    <message>
        <source>Latency on %1</source>
        <translation>%1 上的延迟</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>无值</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>着色依据(&amp;C)：</translation>
    </message>
    <message>
        <source>Colour the nodes by the kind of their op, or as a heat map of a cost</source>
        <translation>按算子类别为节点着色，或按某项开销显示热力图</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大 (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the graph into the window (Ctrl+0, F)</source>
        <translation>使图适应窗口 (Ctrl+0, F)</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Find a node by name or op (Ctrl+F)</source>
        <translation>按名称或算子查找节点 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find by name or op</source>
        <translation>按名称或算子查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配 (Enter)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>关闭 (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Inside %1: its costs are counted in that node</source>
        <translation>位于 %1 内：其开销计入该节点</translation>
    </message>
    <message>
        <source>Inputs: %1</source>
        <translation>输入：%1</translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation>输出：%1</translation>
    </message>
    <message>
        <source>Constant: computed once when the model loads</source>
        <translation>常量：模型加载时计算一次</translation>
    </message>
    <message>
        <source>Params: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>MACs: unknown op, not counted</source>
        <translation>MACs：未知算子，未计入</translation>
    </message>
    <message>
        <source>MACs: unknown shape, not counted</source>
        <translation>MACs：形状未知，未计入</translation>
    </message>
    <message>
        <source>MACs: %1</source>
        <translation>MACs：%1</translation>
    </message>
    <message>
        <source>Activation memory: %1</source>
        <translation>激活内存：%1</translation>
    </message>
    <message>
        <source>Latency on %1: %2</source>
        <translation>%1 上的延迟：%2</translation>
    </message>
    <message>
        <source>Double-click to hide its body</source>
        <translation>双击隐藏其内部</translation>
    </message>
    <message>
        <source>Double-click to show its body</source>
        <translation>双击显示其内部</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>no change to compare</source>
        <translation>没有可比较的变化</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>whittle::InspectorWidget</name>
    <message>
        <source>compute-bound</source>
        <translation>计算受限</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>访存受限</translation>
    </message>
    <message>
        <source>overhead-bound</source>
        <translation>固定开销受限</translation>
    </message>
    <message>
        <source>Select a layer to see its attributes, tensors and weights.</source>
        <translation>选择一个层以查看其属性、张量和权重。</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source> (domain %1)</source>
        <translation>（域 %1）</translation>
    </message>
    <message>
        <source>Subgraphs: %1</source>
        <translation>子图：%1</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(omitted)</source>
        <translation>（已省略）</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>from weight %1</source>
        <translation>来自权重 %1</translation>
    </message>
    <message>
        <source>constant, computed at load</source>
        <translation>常量，加载时计算</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>Not a layer of the main graph: its cost is counted in the node that owns its graph.</source>
        <translation>不是主图中的层：其开销计入拥有其所在图的节点。</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Weight zeros</source>
        <translation>权重中的零</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>, 2:4 pattern</source>
        <translation>，2:4 模式</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>输入 %1，输出 %2</translation>
    </message>
    <message>
        <source>Arithmetic intensity</source>
        <translation>计算强度</translation>
    </message>
    <message>
        <source>%1 FLOP/byte</source>
        <translation>%1 FLOP/字节</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Compute time</source>
        <translation>计算时间</translation>
    </message>
    <message>
        <source>Memory time</source>
        <translation>访存时间</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>No cost rule for this op: its arithmetic is not counted.</source>
        <translation>此算子没有开销规则：其运算量未计入。</translation>
    </message>
    <message>
        <source>Shapes unknown: its arithmetic is not counted.</source>
        <translation>形状未知：其运算量未计入。</translation>
    </message>
    <message>
        <source>Constant: computed once at load, it costs nothing per run.</source>
        <translation>常量：加载时计算一次，每次运行无开销。</translation>
    </message>
    <message>
        <source>A view: it moves no bytes.</source>
        <translation>视图：不搬运任何字节。</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>%1 %2 — computing statistics…</source>
        <translation>%1 %2 — 正在计算统计量…</translation>
    </message>
    <message>
        <source>%1 %2, %3 values</source>
        <translation>%1 %2，%3 个值</translation>
    </message>
    <message>
        <source>min / max</source>
        <translation>最小 / 最大</translation>
    </message>
    <message>
        <source>mean ± std</source>
        <translation>均值 ± 标准差</translation>
    </message>
    <message>
        <source>sparsity</source>
        <translation>稀疏度</translation>
    </message>
    <message>
        <source>%1 % (%2 zeros)</source>
        <translation>%1%（%2 个零）</translation>
    </message>
    <message>
        <source>not finite</source>
        <translation>非有限值</translation>
    </message>
    <message>
        <source>unstructured</source>
        <translation>非结构化</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>channels by L1 norm</source>
        <translation>通道，按 L1 范数</translation>
    </message>
    <message>
        <source>channels by L2 norm</source>
        <translation>通道，按 L2 范数</translation>
    </message>
    <message>
        <source>%1 pruning</source>
        <translation>%1 剪枝</translation>
    </message>
    <message>
        <source>%1 % pruned (%2)</source>
        <translation>剪枝 %1%（%2）</translation>
    </message>
    <message>
        <source>float16</source>
        <translation>float16</translation>
    </message>
    <message>
        <source>%1 bits %2, %3</source>
        <translation>%1 位，%2，%3</translation>
    </message>
    <message>
        <source>per channel</source>
        <translation>按通道</translation>
    </message>
    <message>
        <source>per tensor</source>
        <translation>按张量</translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation>对称</translation>
    </message>
    <message>
        <source>asymmetric</source>
        <translation>非对称</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>应用后：%1</translation>
    </message>
    <message>
        <source>values</source>
        <translation>值的个数</translation>
    </message>
    <message>
        <source>%1 (%2 removed)</source>
        <translation>%1（已移除 %2 个）</translation>
    </message>
    <message>
        <source>distinct values</source>
        <translation>不同值的个数</translation>
    </message>
    <message>
        <source>%1 (before %2)</source>
        <translation>%1（之前 %2）</translation>
    </message>
    <message>
        <source>before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
</context>
<context>
    <name>whittle::LayerTableModel</name>
    <message>
        <source>  (omitted)</source>
        <translation>  （已省略）</translation>
    </message>
    <message>
        <source>  %1: %2 %3</source>
        <translation>  %1：%2 %3</translation>
    </message>
    <message>
        <source> (constant)</source>
        <translation>（常量）</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  （无）</translation>
    </message>
    <message>
        <source>&lt; 0.1 %</source>
        <translation>&lt; 0.1%</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>访存</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>固定开销</translation>
    </message>
    <message>
        <source>Unknown op: Whittle has no cost rule for %1 (or for an op in its subgraphs). Its MACs and FLOPs are not counted in the totals, and its latency and energy are lower bounds: per-op overhead and moving its data.</source>
        <translation>未知算子：Whittle 没有 %1（或其子图中某个算子）的开销规则。其 MACs 和 FLOPs 不计入总计，其延迟和能耗为下限：仅包括每算子固定开销和数据搬运。</translation>
    </message>
    <message>
        <source>Unknown shape: the shapes the cost of this %1 depends on are not known. Its MACs and FLOPs are not counted in the totals, and its latency and energy are lower bounds.</source>
        <translation>形状未知：此 %1 的开销所依赖的形状未知。其 MACs 和 FLOPs 不计入总计，其延迟和能耗为下限。</translation>
    </message>
    <message>
        <source>Folded: computed once from constants when the model loads; it costs nothing per inference.</source>
        <translation>已折叠：模型加载时由常量计算一次；每次推理无开销。</translation>
    </message>
    <message>
        <source>A view: %1 only reinterprets its input&apos;s shape, moves no data and costs nothing per inference.</source>
        <translation>视图：%1 只重新解释输入的形状，不搬运数据，每次推理无开销。</translation>
    </message>
    <message>
        <source>unknown op</source>
        <translation>未知算子</translation>
    </message>
    <message>
        <source>unknown shape</source>
        <translation>形状未知</translation>
    </message>
    <message>
        <source>folded</source>
        <translation>已折叠</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Inputs of %1 (constants in brackets):
%2</source>
        <translation>%1 的输入（常量在括号中）：
%2</translation>
    </message>
    <message>
        <source>Outputs of %1:
%2</source>
        <translation>%1 的输出：
%2</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 个参数</translation>
    </message>
    <message>
        <source>%1 bytes of weights</source>
        <translation>权重 %1 字节</translation>
    </message>
    <message>
        <source>%1 of the model&apos;s %2 parameters</source>
        <translation>占模型 %2 个参数的 %1</translation>
    </message>
    <message>
        <source>%1 multiply-accumulates per inference</source>
        <translation>每次推理 %1 次乘加</translation>
    </message>
    <message>
        <source>%1 floating-point operations per inference (a MAC is two)</source>
        <translation>每次推理 %1 次浮点运算（一次 MAC 计为两次）</translation>
    </message>
    <message>
        <source>Produces %1 bytes of activations per inference and reads %2</source>
        <translation>每次推理产生 %1 字节激活，读取 %2</translation>
    </message>
    <message>
        <source>Not estimated: choose a device</source>
        <translation>未估算：请选择设备</translation>
    </message>
    <message>
        <source>%1 per inference on %2
Arithmetic: %3
Moving data: %4
Per-op overhead: %5</source>
        <translation>%2 上每次推理 %1
运算：%3
数据搬运：%4
每算子固定开销：%5</translation>
    </message>
    <message>
        <source>%1 of the model&apos;s estimated latency (%2) on %3</source>
        <translation>占模型在 %3 上估算延迟（%2）的 %1</translation>
    </message>
    <message>
        <source>%1 mJ per inference on %2</source>
        <translation>%2 上每次推理 %1 mJ</translation>
    </message>
    <message>
        <source>Compute-bound: the arithmetic (%1) takes longer than moving its data (%2)</source>
        <translation>计算受限：运算（%1）比数据搬运（%2）耗时更长</translation>
    </message>
    <message>
        <source>Memory-bound: moving its data (%1) takes longer than the arithmetic (%2)</source>
        <translation>访存受限：数据搬运（%1）比运算（%2）耗时更长</translation>
    </message>
    <message>
        <source>Overhead-bound: the per-op overhead takes longer than both the arithmetic (%1) and moving its data (%2)</source>
        <translation>固定开销受限：每算子固定开销比运算（%1）和数据搬运（%2）耗时都长</translation>
    </message>
    <message>
        <source>Arithmetic intensity: %1 FLOP/byte</source>
        <translation>计算强度：%1 FLOP/字节</translation>
    </message>
    <message>
        <source>%1 (%2)
Inputs:
%3
Outputs:
%4</source>
        <translation>%1（%2）
输入：
%3
输出：
%4</translation>
    </message>
    <message>
        <source>the chosen device</source>
        <translation>所选设备</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Weight bytes</source>
        <translation>权重字节</translation>
    </message>
    <message>
        <source>Params %</source>
        <translation>参数 %</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Latency %</source>
        <translation>延迟 %</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>瓶颈</translation>
    </message>
    <message>
        <source>Node name as stored in the model</source>
        <translation>模型中存储的节点名称</translation>
    </message>
    <message>
        <source>Operator type, prefixed by its domain outside ai.onnx</source>
        <translation>算子类型，不属于 ai.onnx 时以其域为前缀</translation>
    </message>
    <message>
        <source>Shapes of the tensors the node reads; constant inputs (weights) in brackets</source>
        <translation>节点读取的张量形状；常量输入（权重）在括号中</translation>
    </message>
    <message>
        <source>Shapes of the tensors the node produces</source>
        <translation>节点产生的张量形状</translation>
    </message>
    <message>
        <source>Elements of the weights the node consumes</source>
        <translation>节点使用的权重元素数</translation>
    </message>
    <message>
        <source>Bytes of those weights at their element type</source>
        <translation>这些权重按其元素类型的字节数</translation>
    </message>
    <message>
        <source>The node&apos;s parameters as a share of the whole model&apos;s</source>
        <translation>节点参数占整个模型参数的比例</translation>
    </message>
    <message>
        <source>Multiply-accumulate operations per inference</source>
        <translation>每次推理的乘加运算次数</translation>
    </message>
    <message>
        <source>Floating-point operations per inference; a MAC counts as two</source>
        <translation>每次推理的浮点运算次数；一次 MAC 计为两次</translation>
    </message>
    <message>
        <source>Bytes of the activations the node produces per inference</source>
        <translation>节点每次推理产生的激活字节数</translation>
    </message>
    <message>
        <source>Estimated time per inference on %1: the longer of the arithmetic and moving the data, plus a per-op overhead</source>
        <translation>%1 上每次推理的估算时间：运算与数据搬运中较长者，加上每算子固定开销</translation>
    </message>
    <message>
        <source>The node&apos;s share of the model&apos;s estimated latency on %1</source>
        <translation>节点占模型在 %1 上估算延迟的比例</translation>
    </message>
    <message>
        <source>Estimated energy per inference on %1</source>
        <translation>%1 上每次推理的估算能耗</translation>
    </message>
    <message>
        <source>What limits the node on %1: compute, memory bandwidth or the per-op overhead</source>
        <translation>%1 上限制该节点的因素：计算、内存带宽或每算子固定开销</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>fp16</source>
        <translation>fp16</translation>
    </message>
    <message>
        <source>%1 ch</source>
        <translation>%1 通道</translation>
    </message>
    <message>
        <source>Set for this layer; the default is %1. Double-click to edit; Reset Layer in the Optimize panel removes it.</source>
        <translation>为此层单独设置；默认值为 %1。双击编辑；“优化”面板中的“重置层”可将其移除。</translation>
    </message>
    <message>
        <source>The plan&apos;s default. Double-click to give this layer its own value (%1).</source>
        <translation>方案的默认值。双击可为此层设置单独的值（%1）。</translation>
    </message>
    <message>
        <source>percent, 0–99</source>
        <translation>百分比，0–99</translation>
    </message>
    <message>
        <source>2–8 bits, 16 for fp16, 32 for off</source>
        <translation>2–8 位，16 表示 fp16，32 表示关闭</translation>
    </message>
    <message>
        <source>Change against the original model, once the plan changes something</source>
        <translation>方案有所改动后，相对原始模型的变化</translation>
    </message>
    <message>
        <source>Weight bytes: %1 before, %2 with the plan</source>
        <translation>权重字节：之前 %1，应用方案后 %2</translation>
    </message>
    <message>
        <source>Latency on %1: %2 before, %3 with the plan</source>
        <translation>%1 上的延迟：之前 %2，应用方案后 %3</translation>
    </message>
    <message>
        <source>Sparsity</source>
        <translation>稀疏度</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>位数</translation>
    </message>
    <message>
        <source>Δ Weights</source>
        <translation>Δ 权重</translation>
    </message>
    <message>
        <source>Δ Latency</source>
        <translation>Δ 延迟</translation>
    </message>
    <message>
        <source>Share of the layer&apos;s weights the plan prunes (&quot;ch&quot;: whole output channels); bold where the layer has its own value. Double-click to edit.</source>
        <translation>方案剪去的该层权重比例（“通道”：整个输出通道）；该层有单独设置时以粗体显示。双击编辑。</translation>
    </message>
    <message>
        <source>Bits the plan quantizes the layer&apos;s weights to; bold where the layer has its own value. Double-click to edit.</source>
        <translation>方案将该层权重量化到的位数；该层有单独设置时以粗体显示。双击编辑。</translation>
    </message>
    <message>
        <source>Change of the node&apos;s weight bytes with the plan</source>
        <translation>方案带来的节点权重字节变化</translation>
    </message>
    <message>
        <source>Change of the node&apos;s estimated latency on %1 with the plan</source>
        <translation>方案带来的节点在 %1 上估算延迟的变化</translation>
    </message>
</context>
<context>
    <name>whittle::LiveEvaluator</name>
    <message numerus="yes">
        <source>Evaluating the plan on all %n sample(s)…</source>
        <translation>
            <numerusform>正在基于全部 %n 个样本评估方案…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluating the plan on a first %n sample(s)…</source>
        <translation>
            <numerusform>正在基于前 %n 个样本评估方案…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whittle::MainWindow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Microcontroller</source>
        <translation>微控制器</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>The weights (%1) do not fit its storage (%2).</source>
        <translation>权重（%1）超出其存储容量（%2）。</translation>
    </message>
    <message>
        <source>The peak activations (%1) do not fit its RAM (%2).</source>
        <translation>激活峰值（%1）超出其内存容量（%2）。</translation>
    </message>
    <message>
        <source>The weights and peak activations (%1) do not fit its RAM (%2).</source>
        <translation>权重和激活峰值（%1）超出其内存容量（%2）。</translation>
    </message>
    <message>
        <source>Whittle</source>
        <translation>Whittle</translation>
    </message>
    <message>
        <source>Hardware profiles that could not be read: %1 (see Show Warnings…)</source>
        <translation>无法读取的硬件配置：%1（参见“显示警告…”）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an ONNX model</source>
        <translation>打开 ONNX 模型</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Whittle</source>
        <translation>关于 Whittle(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Filter Layers</source>
        <translation>筛选层</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Show folded c&amp;onstants</source>
        <translation>显示已折叠的常量(&amp;O)</translation>
    </message>
    <message>
        <source>Also list the layers computed once from constants when the model loads; they cost nothing per inference</source>
        <translation>同时列出模型加载时由常量计算一次的层；它们每次推理无开销</translation>
    </message>
    <message>
        <source>Filter by name or op</source>
        <translation>按名称或算子筛选</translation>
    </message>
    <message>
        <source>Show only the layers whose name, op, shapes or bound contain this text (%1)</source>
        <translation>只显示名称、算子、形状或瓶颈中包含此文本的层（%1）</translation>
    </message>
    <message>
        <source>Open an ONNX model with File ▸ Open… (%1), or drop a .onnx file on this window.</source>
        <translation>通过“文件 ▸ 打开…”（%1）打开 ONNX 模型，或将 .onnx 文件拖到此窗口。</translation>
    </message>
    <message>
        <source>&amp;Copy Layers as CSV</source>
        <translation>将层复制为 CSV(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected layers with all their costs, for a spreadsheet</source>
        <translation>复制所选层及其全部开销，用于电子表格</translation>
    </message>
    <message>
        <source>Show Warnings…</source>
        <translation>显示警告…</translation>
    </message>
    <message>
        <source>Show what the loader and the ONNX checker reported</source>
        <translation>显示加载器和 ONNX 检查器报告的内容</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it was at first start</source>
        <translation>将每个面板放回首次启动时的位置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading the model</source>
        <translation>停止加载模型</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>加载已取消</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Loaded %1 (warnings: %2)</source>
        <translation>已加载 %1（警告：%2）</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n layer(s) as CSV</source>
        <translation>
            <numerusform>已复制 %n 层（CSV）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>节点：%1</translation>
    </message>
    <message>
        <source>Params: %1 (%2)</source>
        <translation>参数：%1（%2）</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>权重：%1</translation>
    </message>
    <message>
        <source>MACs: %1</source>
        <translation>MACs：%1</translation>
    </message>
    <message>
        <source>FLOPs: %1</source>
        <translation>FLOPs：%1</translation>
    </message>
    <message>
        <source>Peak activations: %1</source>
        <translation>激活峰值：%1</translation>
    </message>
    <message>
        <source>Opset: %1</source>
        <translation>Opset：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Producer: %1</source>
        <translation>生成工具：%1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>%1 MACs, %2 FLOPs, %3 bytes of activations at their peak (executing in graph order), %4 bytes of activations in all</source>
        <translation>%1 MACs，%2 FLOPs，激活峰值 %3 字节（按图顺序执行），激活总计 %4 字节</translation>
    </message>
    <message>
        <source>Latency and energy: no hardware profile to estimate them on</source>
        <translation>延迟和能耗：没有可用于估算的硬件配置</translation>
    </message>
    <message>
        <source>Latency: %1  ·  Energy: %2  — per inference on %3</source>
        <translation>延迟：%1  ·  能耗：%2  — %3 上每次推理</translation>
    </message>
    <message>
        <source>Estimated per inference with a roofline model: each layer takes the longer of its arithmetic and moving its data, plus a per-op overhead; layers run one after another.</source>
        <translation>用 Roofline 模型按每次推理估算：每层取运算与数据搬运中较长者，再加每算子固定开销；各层依次运行。</translation>
    </message>
    <message>
        <source>Does not fit the device&apos;s RAM or storage</source>
        <translation>超出设备的内存或存储容量</translation>
    </message>
    <message>
        <source>Does not fit the device&apos;s storage</source>
        <translation>超出设备的存储容量</translation>
    </message>
    <message>
        <source>Does not fit the device&apos;s RAM</source>
        <translation>超出设备的内存容量</translation>
    </message>
    <message>
        <source>On %1:
%2</source>
        <translation>在 %1 上：
%2</translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <source>Unknown ops not counted: %1</source>
        <translation>未计入的未知算子：%1</translation>
    </message>
    <message>
        <source>Layers with unknown shapes not counted: %1</source>
        <translation>未计入的形状未知的层：%1</translation>
    </message>
    <message>
        <source>Ops without a cost rule; their MACs and FLOPs are not in the totals, and their latency and energy are lower bounds:
%1</source>
        <translation>没有开销规则的算子；其 MACs 和 FLOPs 不在总计中，其延迟和能耗为下限：
%1</translation>
    </message>
    <message>
        <source>Layers whose shapes are not known; their MACs and FLOPs are not in the totals. Look for &quot;unknown shape&quot; in the MACs column.</source>
        <translation>形状未知的层；其 MACs 和 FLOPs 不在总计中。请在 MACs 列中查找“形状未知”。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>About Whittle</source>
        <translation>关于 Whittle</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Whittle %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Whittle %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>See and whittle down what every layer of a neural network costs.&lt;br&gt;&lt;br&gt;Built with Qt %1.</source>
        <translation>查看并削减神经网络每一层的开销。&lt;br&gt;&lt;br&gt;基于 Qt %1 构建。</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Warnings — %1</source>
        <translation>警告 — %1</translation>
    </message>
    <message>
        <source>The model:
%1</source>
        <translation>模型：
%1</translation>
    </message>
    <message>
        <source>Hardware profiles that could not be read (fix or remove them in %1):
%2</source>
        <translation>无法读取的硬件配置（请在 %1 中修正或删除）：
%2</translation>
    </message>
    <message>
        <source>Cannot Open Model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <source>The graph cannot be drawn: %1</source>
        <translation>无法绘制图：%1</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查器</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Compare Devices</source>
        <translation>比较设备</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to Window</source>
        <translation>使图适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Find in &amp;Graph…</source>
        <translation>在图中查找(&amp;G)…</translation>
    </message>
    <message>
        <source>Find nodes by name or op type (%1 while the graph has focus)</source>
        <translation>按名称或算子类型查找节点（图获得焦点时按 %1）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The language changes when Whittle starts again</source>
        <translation>语言将在 Whittle 重新启动后更改</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
        <source>Save the model, dataset, preprocessing, plan and device as a session file</source>
        <translation>将模型、数据集、预处理、方案和设备保存为会话文件</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Export Optimized Model…</source>
        <translation>导出优化后的模型(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the model with the plan applied, the plan and a before/after report</source>
        <translation>写出应用方案后的模型、方案以及优化前后的对比报告</translation>
    </message>
    <message>
        <source>Choose &amp;Dataset…</source>
        <translation>选择数据集(&amp;D)…</translation>
    </message>
    <message>
        <source>Images (and labels) that plans are evaluated on as you edit them</source>
        <translation>编辑方案时用于评估方案的图像（及标签）</translation>
    </message>
    <message>
        <source>&amp;Preprocessing…</source>
        <translation>预处理(&amp;P)…</translation>
    </message>
    <message>
        <source>How the dataset&apos;s images become the model&apos;s input</source>
        <translation>数据集的图像如何转换为模型的输入</translation>
    </message>
    <message>
        <source>Original vs Optimized</source>
        <translation>原始与优化对比</translation>
    </message>
    <message>
        <source>Colour Graph by &amp;Change</source>
        <translation>按变化为图着色(&amp;C)</translation>
    </message>
    <message>
        <source>Colour each node by how the plan changes it against the original (the metric is chosen in Original vs Optimized)</source>
        <translation>按方案相对原始模型对各节点的改变为其着色（指标在“原始与优化对比”中选择）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>停止：%1</translation>
    </message>
    <message>
        <source>%1[*] — Whittle</source>
        <translation>%1[*] — Whittle</translation>
    </message>
    <message>
        <source>Models and sessions (*.onnx *.%1)</source>
        <translation>模型和会话 (*.onnx *.%1)</translation>
    </message>
    <message>
        <source>Whittle sessions (*.%1)</source>
        <translation>Whittle 会话 (*.%1)</translation>
    </message>
    <message>
        <source>Optimize</source>
        <translation>优化</translation>
    </message>
    <message>
        <source>Accuracy: the plan could not be evaluated — %1</source>
        <translation>准确率：无法评估方案 — %1</translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Reset &amp;All Optimizations</source>
        <translation>重置所有优化(&amp;A)</translation>
    </message>
    <message>
        <source>Back to the original model (undoable)</source>
        <translation>恢复为原始模型（可撤销）</translation>
    </message>
    <message>
        <source>Open a model first: the dataset is checked against its input</source>
        <translation>请先打开模型：需要根据模型的输入检查数据集</translation>
    </message>
    <message>
        <source>Choose a Dataset</source>
        <translation>选择数据集</translation>
    </message>
    <message>
        <source>MNIST IDX images (*idx3-ubyte *idx3-ubyte.gz);;Images (*.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>MNIST IDX 图像 (*idx3-ubyte *idx3-ubyte.gz);;图像 (*.png *.jpg *.jpeg *.bmp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Use the folder of the chosen file (one sub-folder per class)</source>
        <translation>使用所选文件所在的文件夹（每个类别一个子文件夹）</translation>
    </message>
    <message>
        <source>Accuracy: %1</source>
        <translation>准确率：%1</translation>
    </message>
    <message>
        <source>The dataset cannot be used: %1</source>
        <translation>无法使用该数据集：%1</translation>
    </message>
    <message>
        <source>%1
Preprocessing: %2</source>
        <translation>%1
预处理：%2</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>数据集：%1</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Session Not Saved</source>
        <translation>会话未保存</translation>
    </message>
    <message>
        <source>Saved the session to %1</source>
        <translation>已将会话保存到 %1</translation>
    </message>
    <message>
        <source>Save Session?</source>
        <translation>保存会话？</translation>
    </message>
    <message>
        <source>The plan for %1 has changed since it was last saved. Save the session?</source>
        <translation>%1 的方案自上次保存后已更改。是否保存会话？</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <source>Recover Session</source>
        <translation>恢复会话</translation>
    </message>
    <message>
        <source>Whittle did not close properly. Recover the session on %1, last saved %2?</source>
        <translation>Whittle 未正常关闭。是否恢复 %1 的会话（最后保存于 %2）？</translation>
    </message>
    <message numerus="yes">
        <source>%n older session(s) left behind will be discarded.</source>
        <translation>
            <numerusform>遗留的 %n 个较早的会话将被丢弃。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>丢弃(&amp;D)</translation>
    </message>
    <message>
        <source>Accuracy: choose a dataset to evaluate plans on (File ▸ Choose Dataset…, %1)</source>
        <translation>准确率：请选择用于评估方案的数据集（文件 ▸ 选择数据集…，%1）</translation>
    </message>
    <message>
        <source>Top-1: %1</source>
        <translation>Top-1：%1</translation>
    </message>
    <message>
        <source>Top-5: %1</source>
        <translation>Top-5：%1</translation>
    </message>
    <message>
        <source>Agreement with the original: %1</source>
        <translation>与原模型的一致率：%1</translation>
    </message>
    <message>
        <source>SQNR: %1 dB</source>
        <translation>SQNR：%1 dB</translation>
    </message>
    <message numerus="yes">
        <source>on all %n sample(s)</source>
        <translation>
            <numerusform>基于全部 %n 个样本</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on a first %n sample(s), all of them once you pause</source>
        <translation>
            <numerusform>基于前 %n 个样本，暂停编辑后基于全部样本</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  — %2, %3</source>
        <translation>%1  — %2，%3</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>预处理</translation>
    </message>
    <message>
        <source>How each image becomes the model&apos;s input, guessed from the model and the dataset. Keys: resize [W, H], resize_shorter_side, centre_crop [W, H], channels (rgb, bgr, gray), scale, mean [3], std [3], layout (nchw, nhwc).</source>
        <translation>每张图像如何转换为模型的输入，根据模型和数据集推测得出。键：resize [W, H]、resize_shorter_side、centre_crop [W, H]、channels（rgb、bgr、gray）、scale、mean [3]、std [3]、layout（nchw、nhwc）。</translation>
    </message>
    <message>
        <source>Not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>preprocessing</source>
        <translation>预处理</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>导出已取消；未写入任何内容</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation>已导出 %1（%2）</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>权衡</translation>
    </message>
    <message>
        <source>Restore a plan from the trade-off chart</source>
        <translation>从权衡图恢复方案</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>敏感度</translation>
    </message>
    <message>
        <source>sparsity %1 %</source>
        <translation>稀疏度 %1%</translation>
    </message>
    <message>
        <source>fp16</source>
        <translation>fp16</translation>
    </message>
    <message>
        <source>%1 bit</source>
        <translation>%1 位</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) of their own</source>
        <translation>
            <numerusform>%n 个层有单独设置</numerusform>
        </translation>
    </message>
    <message>
        <source>original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Job Failed</source>
        <translation>任务失败</translation>
    </message>
    <message numerus="yes">
        <source>Sensitivity of %n layer(s) measured</source>
        <translation>
            <numerusform>已测量 %n 个层的敏感度</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sensitivity Analysis…</source>
        <translation>敏感度分析(&amp;S)…</translation>
    </message>
    <message>
        <source>Measure every layer&apos;s accuracy at a grid of sparsities and bit widths</source>
        <translation>在稀疏度和位宽网格上测量每层的准确率</translation>
    </message>
    <message>
        <source>&amp;Auto-Optimize…</source>
        <translation>自动优化(&amp;A)…</translation>
    </message>
    <message>
        <source>Search per-layer settings for a latency or size budget</source>
        <translation>为延迟或大小预算搜索每层设置</translation>
    </message>
    <message>
        <source>&amp;Calibrate This Computer…</source>
        <translation>校准本机(&amp;C)…</translation>
    </message>
    <message>
        <source>Measure layers on this computer and fit a &quot;This computer&quot; profile</source>
        <translation>在本机上测量各层并拟合“本机”配置</translation>
    </message>
    <message>
        <source>&amp;Runtime</source>
        <translation>运行时(&amp;R)</translation>
    </message>
    <message>
        <source>Plans are now evaluated on %1</source>
        <translation>现在使用 %1 评估方案</translation>
    </message>
    <message>
        <source>Choose a dataset first (File ▸ Choose Dataset…)</source>
        <translation>请先选择数据集（文件 ▸ 选择数据集…）</translation>
    </message>
    <message>
        <source>Auto-Optimize</source>
        <translation>自动优化</translation>
    </message>
    <message>
        <source>%1

Apply the best plan found? (Undo goes back.)</source>
        <translation>%1

是否应用找到的最佳方案？（可通过撤销还原。）</translation>
    </message>
    <message>
        <source>Auto-optimize</source>
        <translation>自动优化</translation>
    </message>
    <message>
        <source>Calibrate This Computer</source>
        <translation>校准本机</translation>
    </message>
    <message>
        <source>Whittle will run a set of small models on this computer for about a minute, fit the estimator to what it measures and save the result as the &quot;This computer&quot; profile. Other work on the computer makes the figures less accurate. Start?</source>
        <translation>Whittle 将在本机上运行一组小模型，持续约一分钟，根据测量结果拟合估算器，并将结果保存为“本机”配置。本机上的其他工作会降低数据的准确性。是否开始？</translation>
    </message>
    <message>
        <source>Layers estimated within ±10 %: %1 before, %2 after; median error %3 before, %4 after.
Models within ±10 %: %5 before, %6 after.
Saved as %7.</source>
        <translation>估算误差在 ±10% 内的层：之前 %1，之后 %2；误差中位数：之前 %3，之后 %4。
误差在 ±10% 内的模型：之前 %5，之后 %6。
已保存为 %7。</translation>
    </message>
</context>
<context>
    <name>whittle::OptimizePanel</name>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>fp16</source>
        <translation>fp16</translation>
    </message>
    <message>
        <source>%1 bit</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <source>Share of every prunable layer&apos;s weights (or, structured, of its output channels) to remove</source>
        <translation>每个可剪枝层要移除的权重比例（结构化剪枝时为输出通道的比例）</translation>
    </message>
    <message>
        <source>Magnitude (unstructured)</source>
        <translation>幅值（非结构化）</translation>
    </message>
    <message>
        <source>2:4 (N:M)</source>
        <translation>2:4（N:M）</translation>
    </message>
    <message>
        <source>Channels, L1 norm</source>
        <translation>通道，L1 范数</translation>
    </message>
    <message>
        <source>Channels, L2 norm</source>
        <translation>通道，L2 范数</translation>
    </message>
    <message>
        <source>Unstructured zeros pay off only on devices that skip them; removed channels make every device faster</source>
        <translation>非结构化的零值只在能跳过它们的设备上有收益；移除通道则能让所有设备都变快</translation>
    </message>
    <message>
        <source>One threshold across layers</source>
        <translation>跨层统一阈值</translation>
    </message>
    <message>
        <source>Prune the smallest weights of the whole model rather than the same share of each layer</source>
        <translation>剪去整个模型中最小的权重，而不是在每层剪去相同比例</translation>
    </message>
    <message>
        <source>Pruning</source>
        <translation>剪枝</translation>
    </message>
    <message>
        <source>&amp;Sparsity:</source>
        <translation>稀疏度(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>Weight precision: off, float16, or 8 down to 2 bit integers</source>
        <translation>权重精度：关闭、float16，或 8 位至 2 位整数</translation>
    </message>
    <message>
        <source>Per channel</source>
        <translation>按通道</translation>
    </message>
    <message>
        <source>Per tensor</source>
        <translation>按张量</translation>
    </message>
    <message>
        <source>Symmetric</source>
        <translation>对称</translation>
    </message>
    <message>
        <source>Zero point 0 and a range of ±max|w|; otherwise min…max with a zero point</source>
        <translation>零点为 0，范围为 ±max|w|；否则为带零点的 min…max</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>最小–最大</translation>
    </message>
    <message>
        <source>Least squares (MSE)</source>
        <translation>最小二乘（MSE）</translation>
    </message>
    <message>
        <source>Quantize activations</source>
        <translation>量化激活</translation>
    </message>
    <message>
        <source>Compute in int8: activations get scales calibrated on the session&apos;s dataset (weights must be 8 bits or fewer)</source>
        <translation>以 int8 计算：激活的缩放在会话的数据集上校准（权重不得超过 8 位）</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>百分位</translation>
    </message>
    <message>
        <source>Entropy (KL)</source>
        <translation>熵（KL）</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>量化</translation>
    </message>
    <message>
        <source>&amp;Bits:</source>
        <translation>位数(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>粒度(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>范围(&amp;R)：</translation>
    </message>
    <message>
        <source>Low rank, rank</source>
        <translation>低秩，秩</translation>
    </message>
    <message>
        <source>Factorize fully connected and 1×1 convolution weights into two thinner ones where that saves work</source>
        <translation>在能减少计算量时，将全连接层和 1×1 卷积的权重分解为两个更窄的权重</translation>
    </message>
    <message>
        <source>Factorization</source>
        <translation>分解</translation>
    </message>
    <message>
        <source>Reset &amp;Layer</source>
        <translation>重置层(&amp;L)</translation>
    </message>
    <message>
        <source>The selected layer takes the defaults above again</source>
        <translation>所选层重新采用上方的默认值</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>全部重置(&amp;A)</translation>
    </message>
    <message>
        <source>Back to the original model: no pruning, quantization or overrides</source>
        <translation>恢复为原始模型：不剪枝、不量化、没有单独设置</translation>
    </message>
    <message>
        <source>Sparsity %1 %</source>
        <translation>稀疏度 %1%</translation>
    </message>
    <message>
        <source>Pruning method %1</source>
        <translation>剪枝方法 %1</translation>
    </message>
    <message>
        <source>A threshold per layer</source>
        <translation>每层单独阈值</translation>
    </message>
    <message>
        <source>Weights %1</source>
        <translation>权重 %1</translation>
    </message>
    <message>
        <source>Granularity %1</source>
        <translation>粒度 %1</translation>
    </message>
    <message>
        <source>Range %1</source>
        <translation>范围 %1</translation>
    </message>
    <message>
        <source>Symmetric quantization</source>
        <translation>对称量化</translation>
    </message>
    <message>
        <source>Asymmetric quantization</source>
        <translation>非对称量化</translation>
    </message>
    <message>
        <source>Float activations</source>
        <translation>浮点激活</translation>
    </message>
    <message>
        <source>Calibration %1</source>
        <translation>校准 %1</translation>
    </message>
    <message>
        <source>Low rank %1</source>
        <translation>低秩 %1</translation>
    </message>
    <message>
        <source>No low rank</source>
        <translation>不做低秩分解</translation>
    </message>
    <message>
        <source>Select a layer with overrides in the table</source>
        <translation>请在表格中选择有单独设置的层</translation>
    </message>
    <message>
        <source>%1 takes the defaults above again</source>
        <translation>%1 重新采用上方的默认值</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Per-layer settings: edit the Sparsity and Bits cells of the layer table.</source>
        <translation>每层设置：在层表格中编辑“稀疏度”和“位数”单元格。</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) with settings of their own (marked in the table).</source>
        <translation>
            <numerusform>%n 个层有单独设置（已在表格中标出）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whittle::PlanDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>重置 %1</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>全部重置</translation>
    </message>
</context>
<context>
    <name>whittle::ProfileComparisonModel</name>
    <message>
        <source>weights exceed storage</source>
        <translation>权重超出存储</translation>
    </message>
    <message>
        <source>exceeds RAM</source>
        <translation>超出内存</translation>
    </message>
    <message>
        <source>activations exceed RAM</source>
        <translation>激活超出内存</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>%1 % compute, %2 % memory, %3 % overhead</source>
        <translation>计算 %1%，访存 %2%，固定开销 %3%</translation>
    </message>
    <message>
        <source>Weights fit in RAM: %1
Activations fit in RAM: %2
Weights fit in storage: %3</source>
        <translation>权重可放入内存：%1
激活可放入内存：%2
权重可放入存储：%3</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Latency of compute-bound layers: %1
of memory-bound layers: %2
of overhead-bound layers: %3</source>
        <translation>计算受限层的延迟：%1
访存受限层的延迟：%2
固定开销受限层的延迟：%3</translation>
    </message>
    <message>
        <source>Double-click to show the model on %1</source>
        <translation>双击以显示模型在 %1 上的情况</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>能耗</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>容纳</translation>
    </message>
    <message>
        <source>Latency by bound</source>
        <translation>按瓶颈划分的延迟</translation>
    </message>
</context>
<context>
    <name>whittle::ProfileComparisonWidget</name>
    <message>
        <source>latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>latency on the current profile</source>
        <translation>当前配置上的延迟</translation>
    </message>
    <message>
        <source>total latency (ms, log scale)</source>
        <translation>总延迟（ms，对数刻度）</translation>
    </message>
</context>
<context>
    <name>whittle::SensitivityDialog</name>
    <message>
        <source>Sensitivity analysis</source>
        <translation>敏感度分析</translation>
    </message>
    <message>
        <source>Sparsities tried on each layer, in percent (above 0, at most 99)</source>
        <translation>在每层上尝试的稀疏度，以百分比表示（大于 0，不超过 99）</translation>
    </message>
    <message>
        <source>Bit widths tried on each layer: 2 to 8, or 16 for float16</source>
        <translation>在每层上尝试的位宽：2 到 8，或 16 表示 float16</translation>
    </message>
    <message>
        <source>all samples</source>
        <translation>全部样本</translation>
    </message>
    <message>
        <source>Evaluate on the first samples of the dataset only: faster, noisier</source>
        <translation>只在数据集的前若干个样本上评估：更快，但噪声更大</translation>
    </message>
    <message>
        <source>&amp;Sparsities (%):</source>
        <translation>稀疏度（%）(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Bit widths:</source>
        <translation>位宽(&amp;B)：</translation>
    </message>
    <message>
        <source>Sa&amp;mples:</source>
        <translation>样本(&amp;M)：</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>分析</translation>
    </message>
    <message>
        <source>Sparsity &apos;%1&apos; is not a percentage above 0 and at most 99</source>
        <translation>稀疏度“%1”不是大于 0 且不超过 99 的百分比</translation>
    </message>
    <message>
        <source>Bit width &apos;%1&apos; is not 2 to 8 or 16</source>
        <translation>位宽“%1”不是 2 到 8 或 16</translation>
    </message>
    <message>
        <source>Give at least one sparsity or bit width to try.</source>
        <translation>请至少给出一个要尝试的稀疏度或位宽。</translation>
    </message>
</context>
<context>
    <name>whittle::SensitivityHeatmap</name>
    <message>
        <source>Sparsity</source>
        <translation>稀疏度</translation>
    </message>
    <message>
        <source>Bit width</source>
        <translation>位宽</translation>
    </message>
    <message>
        <source>Which settings the columns are: pruning sparsities or quantization bit widths</source>
        <translation>各列对应的设置：剪枝稀疏度或量化位宽</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the heat map as PNG, SVG or PDF</source>
        <translation>将热力图保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>accuracy drop (points)</source>
        <translation>准确率下降（百分点）</translation>
    </message>
    <message>
        <source>sparsity %1 %</source>
        <translation>稀疏度 %1%</translation>
    </message>
    <message>
        <source>float16</source>
        <translation>float16</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致率</translation>
    </message>
    <message>
        <source>Top-1 accuracy</source>
        <translation>Top-1 准确率</translation>
    </message>
    <message>
        <source>%1: %2 % (original %3 %)</source>
        <translation>%1：%2%（原始 %3%）</translation>
    </message>
    <message>
        <source>Drop: %1 points</source>
        <translation>下降：%1 个百分点</translation>
    </message>
    <message>
        <source>Saves %1 of weights</source>
        <translation>节省权重 %1</translation>
    </message>
    <message>
        <source>Saves %1 of estimated latency</source>
        <translation>节省估算延迟 %1</translation>
    </message>
    <message>
        <source>fp16</source>
        <translation>fp16</translation>
    </message>
    <message>
        <source>%1 b</source>
        <translation>%1 位</translation>
    </message>
    <message>
        <source>sparsity (the rest of the model untouched)</source>
        <translation>稀疏度（模型其余部分不变）</translation>
    </message>
    <message>
        <source>weight bits (the rest of the model untouched)</source>
        <translation>权重位数（模型其余部分不变）</translation>
    </message>
    <message>
        <source>No sensitivity analysis has run yet.
Run Tools ▸ Sensitivity analysis to see how each layer&apos;s accuracy responds to pruning and quantization.</source>
        <translation>尚未运行敏感度分析。
请运行“工具 ▸ 敏感度分析”，查看每层的准确率如何随剪枝和量化变化。</translation>
    </message>
    <message>
        <source>The analysis found no layer with a weight to prune or quantize.</source>
        <translation>分析未找到带有可剪枝或可量化权重的层。</translation>
    </message>
    <message>
        <source>The analysis tried no sparsity.</source>
        <translation>分析未尝试任何稀疏度。</translation>
    </message>
    <message>
        <source>The analysis tried no bit width.</source>
        <translation>分析未尝试任何位宽。</translation>
    </message>
</context>
<context>
    <name>whittle::SensitivityRunner</name>
    <message>
        <source>Sensitivity analysis</source>
        <translation>敏感度分析</translation>
    </message>
    <message>
        <source>Sensitivity analysis needs a model and a dataset</source>
        <translation>敏感度分析需要模型和数据集</translation>
    </message>
</context>
<context>
    <name>whittle::TradeoffChart</name>
    <message>
        <source>vs latency</source>
        <translation>对比延迟</translation>
    </message>
    <message>
        <source>vs weight size</source>
        <translation>对比权重大小</translation>
    </message>
    <message>
        <source>What the plans cost: estimated latency or weight size</source>
        <translation>方案的开销：估算延迟或权重大小</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>将图表保存为 PNG、SVG 或 PDF</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>帕累托前沿</translation>
    </message>
    <message>
        <source>evaluated plans</source>
        <translation>已评估的方案</translation>
    </message>
    <message>
        <source>original model</source>
        <translation>原始模型</translation>
    </message>
    <message>
        <source>current plan</source>
        <translation>当前方案</translation>
    </message>
    <message>
        <source>Top-1 accuracy</source>
        <translation>Top-1 准确率</translation>
    </message>
    <message>
        <source>Agreement with the original</source>
        <translation>与原模型的一致率</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original model&lt;/b&gt;</source>
        <translation>&lt;b&gt;原始模型&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2 % on %3 samples</source>
        <translation>%1：%2%（%3 个样本）</translation>
    </message>
    <message>
        <source>Estimated latency: %1</source>
        <translation>估算延迟：%1</translation>
    </message>
    <message>
        <source>Weight size: %1</source>
        <translation>权重大小：%1</translation>
    </message>
    <message>
        <source>Run on %1</source>
        <translation>运行于 %1</translation>
    </message>
    <message>
        <source>On the Pareto front</source>
        <translation>位于帕累托前沿</translation>
    </message>
    <message>
        <source>Click to restore this plan</source>
        <translation>点击以恢复此方案</translation>
    </message>
    <message>
        <source>top-1 accuracy (%)</source>
        <translation>Top-1 准确率（%）</translation>
    </message>
    <message>
        <source>agreement with the original (%)</source>
        <translation>与原模型的一致率（%）</translation>
    </message>
    <message>
        <source>estimated latency (ms)</source>
        <translation>估算延迟（ms）</translation>
    </message>
    <message>
        <source>weight size (%1)</source>
        <translation>权重大小（%1）</translation>
    </message>
    <message>
        <source>No plan evaluated yet: each evaluated plan becomes a point here.</source>
        <translation>尚未评估任何方案：每个评估过的方案都会在此显示为一个点。</translation>
    </message>
</context>
<context>
    <name>whittle::WeightPreviewRunner</name>
    <message>
        <source>Previewing the weights of %1</source>
        <translation>正在预览 %1 的权重</translation>
    </message>
    <message>
        <source>No model to preview</source>
        <translation>没有可预览的模型</translation>
    </message>
    <message>
        <source>Layer &apos;%1&apos; has no weight a plan can change</source>
        <translation>层“%1”没有可由方案改变的权重</translation>
    </message>
</context>
</TS>
