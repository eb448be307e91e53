<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Tr</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Whittle</name>
    <message>
        <source>%1 needs a model file (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one model file, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no hardware profile &apos;%1&apos;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a model over a dataset on OpenCV DNN: accuracy against labels, agreement with a reference model, and measured latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .onnx file to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST IDX images (file or folder), a folder of class sub-folders, a folder of images (with --labels), or OpenCV&apos;s digits.png. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: a CSV &apos;file,label&apos; for a folder of images, or an IDX labels file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare outputs with this model: top-1 agreement, SQNR, cosine similarity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this plan (docs/plan.md) first; without --reference the unoptimized model is the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy is required: fail when the dataset has no labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only the first N samples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samples per run (default 32).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed runs for the latency, after %1 warm-up runs (default 20; 0 skips it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads for OpenCV (default: all cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preprocessing as JSON (docs/cli.md) instead of the one guessed from the model&apos;s input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluate needs --dataset PATH (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preprocessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQNR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identical (≥ %1 dB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 (min %2, max %3; %4 runs after %5 warm-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every layer of an ONNX model with its tensors, parameters and weight bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .onnx file to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate latency and energy on this hardware profile (see &apos;whittle-cli profiles&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a symbolic input dimension a value, e.g. --dim batch=8 (repeatable). A batch-like first dimension is 1 unless set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table, json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dim %1: expected NAME=VALUE with a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accuracy, agreement and measured latency on a dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the layers of a model with their costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prune, quantize and factorize a model; write the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the hardware profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: whittle-cli COMMAND [OPTIONS] ...

Inspect and optimize ONNX models from the command line.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  -h, --help     show this help; COMMAND --help shows a command&apos;s options
  -v, --version  show the version

Exit status: 0 success, 1 usage error, 2 a model or input that cannot be read.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; try &apos;whittle-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;whittle-cli --help&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sparsity must be a number from 0 to 0.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method N:M needs 1 ≤ N &lt; M ≤ 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be unstructured, N:M (e.g. 2:4), structured, structured-l1 or structured-l2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bits must be 2 to 8, 16 or 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--granularity must be per-tensor or per-channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--range must be minmax or mse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rank must be a whole number ≥ 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passes: unknown pass &apos;%1&apos;; known: fold-constants, remove-identity, fold-batchnorm, remove-dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply a plan — pruning, quantization, low rank, graph passes — and write the optimized model. Prints the costs before and after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .onnx file to optimize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the optimized model (required; never the input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan file (docs/plan.md); replaces the options below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of weights (or channels) to prune, 0–0.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruning: unstructured, N:M (e.g. 2:4), structured (= structured-l1) or structured-l2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight bits: 2–8, 16 (fp16) or 32 (unchanged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization scales: per-tensor or per-channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asymmetric quantization (default symmetric).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization range: minmax or mse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-rank factorization to this rank (0 = off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also quantize activations to uint8 (QDQ), calibrated on --calibration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstructured pruning with one threshold across layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph passes, comma-separated: fold-constants, remove-identity, fold-batchnorm, remove-dead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How quantized weights are written: qdq (default when bits &lt; 32), simulated (dequantized float32, runs anywhere) or fp16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset to calibrate activation ranges on, for plans that quantize activations (an IDX file or an image folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many samples to calibrate on (default 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware profile for the latency and energy figures (default laptop-avx2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the plan that was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimize needs -o OUT.onnx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan and --%1 cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export must be qdq, simulated or fp16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--calibration-samples must be a whole number from 1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan changes nothing; the model was written as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>pass %1: %n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>skipped %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer step(s) applied</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the hardware profiles: the bundled ones and those in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and whittle down what every layer of a neural network costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ONNX model to open. Without one, the bundled MNIST sample opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;model.onnx&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whittle: cannot open a window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).
To inspect a model in a terminal, run:
    whittle-cli inspect %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whittle: expected at most one MODEL, got %1; see --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the constant &apos;%1&apos; has an unknown shape; its elements are not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) have shapes that are not known; their costs are not counted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act. out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total: %1 nodes, %2 params, %3 of weights, %4 MACs, %5 FLOPs, peak activations %6, opset %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the weights do not fit its storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the model does not fit its RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>unknown op: %1 (%n node(s), not counted)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input &apos;%1&apos;: batch dimension %2 set to 1 (change it with --dim %3=VALUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimension %1 set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dim %1: the model&apos;s inputs have no dimension called &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input dimension %1 is unknown; layers that depend on it have no cost until it is set with --dim %1=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shape inference with the set dimensions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object with a numeric &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &quot;source&quot;; every figure must say where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a profile must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;whittle-hardware-profile&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;version&apos; must be 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;id&apos; must be a non-empty word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;name&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be mcu, cpu or gpu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;peak_flops.%1&apos; must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;peak_flops.fp32&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;memory_bandwidth&apos; must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;efficiency&apos; has no &quot;source&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;efficiency.%1&apos; must be a number in (0, 1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sparsity.patterns&apos; has unknown pattern &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;sparsity.unstructured&apos; needs min_sparsity in [0, 0.9) and speedup_at_90 ≥ 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;energy.pj_per_mac.fp32&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than 1 MiB; not a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external data file &apos;%1&apos; cannot be used by a model loaded from memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the external data location is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external data path &apos;%1&apos; is absolute; only paths inside the model&apos;s folder are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external data path &apos;%1&apos; leaves the model&apos;s folder through &apos;..&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external data file &apos;%1&apos; does not exist next to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external data path &apos;%1&apos; leads outside the model&apos;s folder (to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external data path &apos;%1&apos; is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read external data file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external data offset &apos;%1&apos; is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external data length &apos;%1&apos; is not a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external data length %1 does not match the %2 bytes its shape needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external data in &apos;%1&apos; at offset %2 with %3 bytes runs past the end of the file (%4 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot map external data file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2): attribute %3 has %4; every value must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2): attribute group is %3; it must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the main graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subgraph &apos;%1&apos; of node &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subgraphs are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is defined twice in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an initializer of %1 has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 sparse initializers, which Whittle does not count yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 lists output &apos;%2&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is produced by both node %2 and node %3 in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 writes &apos;%2&apos;, which is already an input or initializer of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 in %2 reads tensor &apos;%3&apos;, which no node, input or initializer provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output &apos;%1&apos; of %2 is not produced by any node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a cycle: node %2 reads &apos;%3&apos;, which depends on that node&apos;s own output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a cycle through node %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant node %1 has no value attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has a negative dimension (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has dimensions %2 whose product overflows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has no element type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has an unknown element type (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; is too large (%2 elements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; uses external data, which this model cannot have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; declares %2 strings but holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; declares %2 %3 (%4 bytes) but holds %5 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; declares %2 elements (%3) but holds %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid ONNX file: the protobuf data is truncated or corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ONNX model: it holds no graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable ONNX model: its graph has no nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model imports no opset; assuming the default domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the nodes were not in topological order; Whittle sorted them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX checker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX shape inference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: it is a folder, not a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 2 GiB, which protobuf cannot parse; save its weights as external data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no graph with nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing to write over the input model %1; choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: models with external data are not written yet; weight &apos;%2&apos; is external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model is %2 bytes, more than protobuf can write in one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model could not be serialized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the written model does not load back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the written model fails the ONNX checker: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying the plan was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation quantization skipped: no calibration data was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the optimized model is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no weight input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its weight %1 is not a constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its weight %1 is also read elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its weight %1 is %2, not floating point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not factorized: low rank applies to Gemm, MatMul and 1×1 Conv, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not factorized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not factorized: its weight %1 is %2; the factors would be float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not factorized: only 1×1 convolutions without groups are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not factorized: its weight %1 is not a known 2-D matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not factorized: rank %1 does not pay, %1·(%2 + %3) = %4 weights ≥ %2·%3 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not factorized: the data of its weight %1 does not match its shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rank %1 of %2 keeps %3 of the energy; relative error %4; first layer %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external weight &apos;%1&apos; is not in the model&apos;s index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has fewer than five inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its running statistics %1 are read (training mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is in training mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its input %1 is not written by a node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its input comes from %1, which has no weight and bias to fold into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output %1 of %2 has other readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no weight input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight of %1 is not a float32 constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight of %1 does not hold the values its shape says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight of %1 has no output channel axis %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bias of %1 is not a float32 constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bias of %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bias of %1 does not hold one value per output channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 %2 is not a float constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 holds %2 values, but %3 has %4 output channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its variance of channel %1 plus epsilon is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folded %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its result has an invalid shape or element type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its result (%1 bytes) would exceed the folding budget (%2 bytes left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value has an element type or layout Whittle does not fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a string or sparse value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its shape input is not a 1-D integer tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its value is not a single number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it casts to a type Whittle does not fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value does not fit the integer type it is cast to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its shape is not a 1-D integer tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its shape copies a dimension the input does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its shape has two -1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its shape has a negative entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its shape does not divide the input&apos;s size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its shape does not hold the input&apos;s %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its axes are not given as integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its axis %1 is out of range or repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its axis %1 is out of range or not of size 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its axis is missing or out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its inputs differ in element type or rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its inputs differ in a dimension other than the axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its indices are not integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its axis is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its index %1 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its axes or steps are not integers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its starts and ends are not integer lists of one length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its axes or steps do not match its starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its axis %1 is out of range or repeated, or its step is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its perm does not match the input&apos;s rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its perm is not a permutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its operands differ in element type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it broadcasts the pre-opset-7 way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its operands do not broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its element type is not float, double, int32 or int64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it divides an integer by zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: cancelled before anything was folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1: it writes the graph output %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folded %1 into the initializer %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folded %1; only folded nodes read its result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; removed %1, which nothing else read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1: no graph output depends on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed initializer %1: nothing reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed the value_info of %1: no tensor has that name any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its mask output %1 is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its training_mode %1 is not a constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its training_mode %1 is not a boolean scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its training_mode is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1: its readers read %2 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept %1: it copies %2 to the graph output %3, and %2 is not written by a node of the graph or is a graph output itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1: %2 now writes the graph output %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from 0 to 0.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be unstructured, n:m, structured-l1 or structured-l2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be smaller than m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 2 to 8, 16 (fp16) or 32 (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be per-tensor or per-channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be minmax or mse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from 0 up to (not including) 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a plan must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;whittle-plan&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is not one this Whittle reads (1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be minmax, percentile, mse or entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number from 50 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown pass &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object keyed by layer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be smaller than m (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pruned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its weight %1 is shared with %2 and pruned there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pruned: the layout of its weight %1 is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pruned: %1:%2 is no N:M pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not pruned: the data of its weight %1 does not match its shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 along the input axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one threshold across %1 layers: |w| ≤ %2 pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opset %1 predates the broadcasting rules of opset 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 node %2 does not exist at opset %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 node %2 changes meaning between opset %3 and %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation quantization needs calibration inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calibration sample %1 has %2 inputs; the model takes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model could not be serialized for calibration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV DNN cannot import the model for calibration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV DNN cannot run the model for calibration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits is not a width Whittle quantizes to (2 to 8, or 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per tensor: the shape of its weight behind %1 is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 node has no weight to quantize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per tensor instead of per channel: a per-channel DequantizeLinear needs opset 13 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DequantizeLinear needs opset 10 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shares its quantized weight with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values of its weight %1 do not match its shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>float16 weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 weights beyond ±65504 saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit per channel (%2 along axis %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit per tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, symmetric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, asymmetric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, MSE-clipped range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, min-max range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; RMS error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1% of the weights&apos; RMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no activation input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its inputs %1 are not known to be float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activations are quantized at the inputs of layers with a weight (Conv, ConvTranspose, Gemm, MatMul); a %1 node has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activations are not quantized in the simulated form, whose runtime computes in float; export QDQ to quantize them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QuantizeLinear needs opset 10 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as uint8 over [%2, %3] (%4): scale %5, zero point %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not quantized: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calibration values reached it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels meet channels of no prunable layer at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels reach the graph output &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels are read inside a subgraph of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight of %1 is not a float tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels reach %1, which Whittle cannot follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>structured pruning covers Conv, ConvTranspose and Gemm, not MatMul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight of %1 is not a constant tensor Whittle can slice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bias of %1 is not a constant tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bias of %1 does not match its output channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight of %1 is not 2-D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bias of depthwise %1 is not a constant tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels reach the grouped convolution %1 (group %2), whose groups would have to shrink evenly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depthwise %1 has the channels of its input, which %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not line up with its groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>come from no layer Whittle can prune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a grouped convolution (group %2): its output channels are tied to its groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than one output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameters of %1 are not constants of one value per channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels reach %1, which may pad the channel axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels meet a tensor of unknown shape at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its single channel is broadcast over other channels at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels meet misaligned channels at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels meet &apos;%1&apos;, which holds channels of no prunable layer, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels reach %1, which mixes them with other axes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the graph is not acyclic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels meet %1&apos;s at %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan does not prune %1 structurally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % of %2 channels rounds to none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight of %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channels coupled with %1; the same %2 removed from each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupled layers ask for different settings: %1 % by %2 norm used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depthwise: follows the channels of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depthwise: its channels are those of %1, which keep all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: samples %2..%3 asked for, it has %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: too short for an IDX file (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an IDX %2 file (magic 0x%3, expected 0x%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: truncated in its header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: dimension %2 of its header is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sizes in its header overflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its header claims %2 %3 (%4 bytes), more than the file&apos;s %5 bytes can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: truncated: holds %2 of the %3 bytes of %4 its header announces%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MNIST IDX %1: %2 images %3×%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be decoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be decoded as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has %2-bit samples; 8 or 16 bits expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has %2 channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no images found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 images of %3×%4 are beyond what Whittle reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 labels for the %3 images of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image folder %1: %2 images in %3 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image folder %1: %2 unlabelled images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a labels file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: expected &apos;file,label&apos;, found %3 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no labelled images listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: &apos;%3&apos; is not a path inside %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2: no image &apos;%3&apos; in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>images in %1 labelled by %2: %3 images, %4 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCV digits %1: 5000 images 20×20, 10 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2×%3 is not the layout of OpenCV&apos;s digits.png (%4×%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: labels are not taken for digits.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a CSV of labels goes with a folder of images, not with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds several IDX image files (%2); name one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: labels for a folder of images must be a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sample %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no labels, so there is no accuracy to measure (give labels, or a reference model to measure agreement with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no labels and no reference model is given: nothing to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch size must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference %1 takes other input than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 classes, but %3 gives %4 scores per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 against %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency needs at least 1 timed run and no negative warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latency measurement cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no batch dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of scores for %2 labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model gave %1 scores per sample, then %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference gives %1 outputs, the model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output %1: the reference gives %2×%3 values, the model %4×%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outputs disagree on the batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 inputs, %3 given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: output &apos;%3&apos; has no batch dimension, so a batch of %4 cannot be run one sample at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: the samples of a batch gave outputs of different shapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run %2 on an input of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run %2 on an input of %3: %4 node &apos;%5&apos; (OpenCV layer %6): %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, but %2 is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assertion failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be serialized for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported nothing from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (output &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot import %2: %3 node %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot import %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be [width, height], whole numbers from 1 to 65536</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of 3 numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65536</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be rgb, bgr or gray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number other than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not contain 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be nchw or nhwc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; known: resize, resize_shorter_side, centre_crop, channels, scale, mean, std, layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: resize and resize_shorter_side exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resize shorter side to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resize to %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>centre crop %1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>std %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 inputs (%3); evaluation feeds one image input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not float32; images are fed as float32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image input: N×C×H×W or N×H×W×C is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes %2 channels; images give 1 (gray) or 3 (colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no channel dimension of 1 or 3 in place 2 (NCHW) or 4 (NHWC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a symbolic height or width and the images have no single size to take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than Whittle feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preprocessing makes %1 channel(s), input &apos;%2&apos; takes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preprocessing lays images out as %1, input &apos;%2&apos; is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preprocessing&apos;s std has a 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is not 8-bit gray or BGR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is %2×%3 after resizing, smaller than the %4×%5 crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is %2×%3 after preprocessing; input &apos;%4&apos; takes %5×%6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whittle::LayerTableModel</name>
    <message>
        <source>  (omitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (constant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 0.1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown op: Whittle has no cost rule for %1 (or for an op in its subgraphs). Its MACs and FLOPs are not counted in the totals, and its latency and energy are lower bounds: per-op overhead and moving its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown shape: the shapes the cost of this %1 depends on are not known. Its MACs and FLOPs are not counted in the totals, and its latency and energy are lower bounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded: computed once from constants when the model loads; it costs nothing per inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A view: %1 only reinterprets its input&apos;s shape, moves no data and costs nothing per inference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs of %1 (constants in brackets):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs of %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes of weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the model&apos;s %2 parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 multiply-accumulates per inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 floating-point operations per inference (a MAC is two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produces %1 bytes of activations per inference and reads %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not estimated: choose a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per inference on %2
Arithmetic: %3
Moving data: %4
Per-op overhead: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the model&apos;s estimated latency (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mJ per inference on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute-bound: the arithmetic (%1) takes longer than moving its data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory-bound: moving its data (%1) takes longer than the arithmetic (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overhead-bound: the per-op overhead takes longer than both the arithmetic (%1) and moving its data (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic intensity: %1 FLOP/byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
Inputs:
%3
Outputs:
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chosen device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node name as stored in the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator type, prefixed by its domain outside ai.onnx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes of the tensors the node reads; constant inputs (weights) in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes of the tensors the node produces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements of the weights the node consumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of those weights at their element type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s parameters as a share of the whole model&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiply-accumulate operations per inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating-point operations per inference; a MAC counts as two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes of the activations the node produces per inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated time per inference on %1: the longer of the arithmetic and moving the data, plus a per-op overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node&apos;s share of the model&apos;s estimated latency on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated energy per inference on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What limits the node on %1: compute, memory bandwidth or the per-op overhead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>whittle::MainWindow</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microcontroller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights (%1) do not fit its storage (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peak activations (%1) do not fit its RAM (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weights and peak activations (%1) do not fit its RAM (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whittle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware profiles that could not be read: %1 (see Show Warnings…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an ONNX model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Whittle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folded c&amp;onstants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list the layers computed once from constants when the model loads; they cost nothing per inference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name or op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the layers whose name, op, shapes or bound contain this text (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an ONNX model with File ▸ Open… (%1), or drop a .onnx file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Layers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected layers with all their costs, for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Warnings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the loader and the ONNX checker reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put every panel back where it was at first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop loading the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Whittle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 (warnings: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n layer(s) as CSV</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Params: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MACs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak activations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opset: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MACs, %2 FLOPs, %3 bytes of activations at their peak (executing in graph order), %4 bytes of activations in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency and energy: no hardware profile to estimate them on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency: %1  ·  Energy: %2  — per inference on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated per inference with a roofline model: each layer takes the longer of its arithmetic and moving its data, plus a per-op overhead; layers run one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit the device&apos;s RAM or storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit the device&apos;s storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit the device&apos;s RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ops not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers with unknown shapes not counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ops without a cost rule; their MACs and FLOPs are not in the totals, and their latency and energy are lower bounds:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers whose shapes are not known; their MACs and FLOPs are not in the totals. Look for &quot;unknown shape&quot; in the MACs column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Whittle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Whittle %1&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See and whittle down what every layer of a neural network costs.&lt;br&gt;&lt;br&gt;Built with Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware profiles that could not be read (fix or remove them in %1):
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
