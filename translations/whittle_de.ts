<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PlotExport</name>
    <message>
        <source>Could not render the chart for %1</source>
        <translation>Das Diagramm für %1 konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Cannot save a chart as &apos;%1&apos;: use a file name ending in .png, .svg or .pdf</source>
        <translation>Diagramm kann nicht als „%1“ gespeichert werden: Verwenden Sie einen Dateinamen mit der Endung .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Whittle</name>
    <message>
        <source>%1 needs a model file (see --help)</source>
        <translation>%1 braucht eine Modelldatei (siehe --help)</translation>
    </message>
    <message>
        <source>%1 takes one model file, not %2</source>
        <translation>%1 nimmt eine Modelldatei, nicht %2</translation>
    </message>
    <message>
        <source>no hardware profile &apos;%1&apos;; known: %2</source>
        <translation>kein Hardwareprofil „%1“; bekannt: %2</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 up</source>
        <translation>--%1 muss eine ganze Zahl ab %2 sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large</source>
        <translation>%1: %2 Bytes sind zu groß</translation>
    </message>
    <message>
        <source>The .onnx file to evaluate.</source>
        <translation>Die zu bewertende .onnx-Datei.</translation>
    </message>
    <message>
        <source>MNIST IDX images (file or folder), a folder of class sub-folders, a folder of images (with --labels), or OpenCV&apos;s digits.png. Required.</source>
        <translation>MNIST-IDX-Bilder (Datei oder Ordner), ein Ordner mit Klassen-Unterordnern, ein Bildordner (mit --labels) oder OpenCVs digits.png. Erforderlich.</translation>
    </message>
    <message>
        <source>Labels: a CSV &apos;file,label&apos; for a folder of images, or an IDX labels file.</source>
        <translation>Labels: eine CSV-Datei „file,label“ für einen Bildordner oder eine IDX-Label-Datei.</translation>
    </message>
    <message>
        <source>Compare outputs with this model: top-1 agreement, SQNR, cosine similarity.</source>
        <translation>Ausgaben mit diesem Modell vergleichen: Top-1-Übereinstimmung, SQNR, Kosinus-Ähnlichkeit.</translation>
    </message>
    <message>
        <source>Apply this plan (docs/plan.md) first; without --reference the unoptimized model is the reference.</source>
        <translation>Zuerst diesen Plan anwenden (docs/plan.md); ohne --reference ist das unoptimierte Modell die Referenz.</translation>
    </message>
    <message>
        <source>Accuracy is required: fail when the dataset has no labels.</source>
        <translation>Genauigkeit ist erforderlich: Fehler, wenn der Datensatz keine Labels hat.</translation>
    </message>
    <message>
        <source>Use only the first N samples.</source>
        <translation>Nur die ersten N Samples verwenden.</translation>
    </message>
    <message>
        <source>Samples per run (default 32).</source>
        <translation>Samples pro Lauf (Standard 32).</translation>
    </message>
    <message>
        <source>Timed runs for the latency, after %1 warm-up runs (default 20; 0 skips it).</source>
        <translation>Gemessene Läufe für die Latenz, nach %1 Aufwärmläufen (Standard 20; 0 überspringt sie).</translation>
    </message>
    <message>
        <source>Preprocessing as JSON (docs/cli.md) instead of the one guessed from the model&apos;s input.</source>
        <translation>Vorverarbeitung als JSON (docs/cli.md) statt der aus der Modelleingabe erratenen.</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <source>evaluate needs --dataset PATH (see --help)</source>
        <translation>evaluate braucht --dataset PFAD (siehe --help)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table or json</source>
        <translation>unbekanntes Format „%1“; verwenden Sie table oder json</translation>
    </message>
    <message>
        <source>%1: not a JSON object: %2</source>
        <translation>%1: kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>cannot write the output</source>
        <translation>die Ausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>preprocessing</source>
        <translation>Vorverarbeitung</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <source>top-5</source>
        <translation>Top-5</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>SQNR</source>
        <translation>SQNR</translation>
    </message>
    <message>
        <source>identical (≥ %1 dB)</source>
        <translation>identisch (≥ %1 dB)</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>median %1 (min %2, max %3; %4 runs after %5 warm-up)</source>
        <translation>Median %1 (min. %2, max. %3; %4 Läufe nach %5 Aufwärmläufen)</translation>
    </message>
    <message>
        <source>Show every layer of an ONNX model with its tensors, parameters and weight bytes.</source>
        <translation>Jede Schicht eines ONNX-Modells mit ihren Tensoren, Parametern und Gewichts-Bytes anzeigen.</translation>
    </message>
    <message>
        <source>The .onnx file to inspect.</source>
        <translation>Die zu untersuchende .onnx-Datei.</translation>
    </message>
    <message>
        <source>Output format: table (default), json or csv.</source>
        <translation>Ausgabeformat: table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>Estimate latency and energy on this hardware profile (see &apos;whittle-cli profiles&apos;).</source>
        <translation>Latenz und Energie auf diesem Hardwareprofil schätzen (siehe „whittle-cli profiles“).</translation>
    </message>
    <message>
        <source>Give a symbolic input dimension a value, e.g. --dim batch=8 (repeatable). A batch-like first dimension is 1 unless set.</source>
        <translation>Einer symbolischen Eingabedimension einen Wert geben, z. B. --dim batch=8 (wiederholbar). Eine batchartige erste Dimension ist 1, sofern nicht gesetzt.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use table, json or csv</source>
        <translation>unbekanntes Format „%1“; verwenden Sie table, json oder csv</translation>
    </message>
    <message>
        <source>--dim %1: expected NAME=VALUE with a positive whole number</source>
        <translation>--dim %1: NAME=WERT mit einer positiven ganzen Zahl erwartet</translation>
    </message>
    <message>
        <source>accuracy, agreement and measured latency on a dataset</source>
        <translation>Genauigkeit, Übereinstimmung und gemessene Latenz auf einem Datensatz</translation>
    </message>
    <message>
        <source>list the layers of a model with their costs</source>
        <translation>die Schichten eines Modells mit ihren Kosten auflisten</translation>
    </message>
    <message>
        <source>prune, quantize and factorize a model; write the result</source>
        <translation>ein Modell ausdünnen, quantisieren und faktorisieren; das Ergebnis schreiben</translation>
    </message>
    <message>
        <source>list the hardware profiles</source>
        <translation>die Hardwareprofile auflisten</translation>
    </message>
    <message>
        <source>Usage: whittle-cli COMMAND [OPTIONS] ...

Inspect and optimize ONNX models from the command line.

Commands:
</source>
        <translation>Aufruf: whittle-cli BEFEHL [OPTIONEN] ...

ONNX-Modelle auf der Kommandozeile untersuchen und optimieren.

Befehle:
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
Optionen:
  -h, --help     diese Hilfe anzeigen; BEFEHL --help zeigt die Optionen eines Befehls
  -v, --version  die Version anzeigen

Exit-Status: 0 Erfolg, 1 Aufruffehler, 2 ein Modell oder eine Eingabe, die nicht gelesen werden kann.
</translation>
    </message>
    <message>
        <source>no command given; try &apos;whittle-cli --help&apos;</source>
        <translation>kein Befehl angegeben; versuchen Sie „whittle-cli --help“</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; try &apos;whittle-cli --help&apos;</source>
        <translation>unbekannter Befehl „%1“; versuchen Sie „whittle-cli --help“</translation>
    </message>
    <message>
        <source>--sparsity must be a number from 0 to 0.99</source>
        <translation>--sparsity muss eine Zahl von 0 bis 0,99 sein</translation>
    </message>
    <message>
        <source>--method N:M needs 1 ≤ N &lt; M ≤ 64</source>
        <translation>--method N:M braucht 1 ≤ N &lt; M ≤ 64</translation>
    </message>
    <message>
        <source>--method must be unstructured, N:M (e.g. 2:4), structured, structured-l1 or structured-l2</source>
        <translation>--method muss unstructured, N:M (z. B. 2:4), structured, structured-l1 oder structured-l2 sein</translation>
    </message>
    <message>
        <source>--bits must be 2 to 8, 16 or 32</source>
        <translation>--bits muss 2 bis 8, 16 oder 32 sein</translation>
    </message>
    <message>
        <source>--granularity must be per-tensor or per-channel</source>
        <translation>--granularity muss per-tensor oder per-channel sein</translation>
    </message>
    <message>
        <source>--range must be minmax or mse</source>
        <translation>--range muss minmax oder mse sein</translation>
    </message>
    <message>
        <source>--rank must be a whole number ≥ 0</source>
        <translation>--rank muss eine ganze Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>--passes: unknown pass &apos;%1&apos;; known: fold-constants, remove-identity, fold-batchnorm, remove-dead</source>
        <translation>--passes: unbekannter Pass „%1“; bekannt: fold-constants, remove-identity, fold-batchnorm, remove-dead</translation>
    </message>
    <message>
        <source>Apply a plan — pruning, quantization, low rank, graph passes — and write the optimized model. Prints the costs before and after.</source>
        <translation>Einen Plan anwenden – Pruning, Quantisierung, niedriger Rang, Graph-Passes – und das optimierte Modell schreiben. Gibt die Kosten vorher und nachher aus.</translation>
    </message>
    <message>
        <source>The .onnx file to optimize.</source>
        <translation>Die zu optimierende .onnx-Datei.</translation>
    </message>
    <message>
        <source>Where to write the optimized model (required; never the input).</source>
        <translation>Wohin das optimierte Modell geschrieben wird (erforderlich; nie die Eingabe).</translation>
    </message>
    <message>
        <source>A plan file (docs/plan.md); replaces the options below.</source>
        <translation>Eine Plandatei (docs/plan.md); ersetzt die folgenden Optionen.</translation>
    </message>
    <message>
        <source>Share of weights (or channels) to prune, 0–0.99.</source>
        <translation>Anteil der auszudünnenden Gewichte (oder Kanäle), 0–0,99.</translation>
    </message>
    <message>
        <source>Pruning: unstructured, N:M (e.g. 2:4), structured (= structured-l1) or structured-l2.</source>
        <translation>Pruning: unstructured, N:M (z. B. 2:4), structured (= structured-l1) oder structured-l2.</translation>
    </message>
    <message>
        <source>Weight bits: 2–8, 16 (fp16) or 32 (unchanged).</source>
        <translation>Gewichtsbits: 2–8, 16 (fp16) oder 32 (unverändert).</translation>
    </message>
    <message>
        <source>Quantization scales: per-tensor or per-channel.</source>
        <translation>Quantisierungsskalen: per-tensor oder per-channel.</translation>
    </message>
    <message>
        <source>Asymmetric quantization (default symmetric).</source>
        <translation>Asymmetrische Quantisierung (Standard: symmetrisch).</translation>
    </message>
    <message>
        <source>Quantization range: minmax or mse.</source>
        <translation>Quantisierungsbereich: minmax oder mse.</translation>
    </message>
    <message>
        <source>Low-rank factorization to this rank (0 = off).</source>
        <translation>Faktorisierung mit niedrigem Rang auf diesen Rang (0 = aus).</translation>
    </message>
    <message>
        <source>Also quantize activations to uint8 (QDQ), calibrated on --calibration.</source>
        <translation>Auch Aktivierungen nach uint8 quantisieren (QDQ), kalibriert auf --calibration.</translation>
    </message>
    <message>
        <source>Unstructured pruning with one threshold across layers.</source>
        <translation>Unstrukturiertes Pruning mit einem Schwellwert über alle Schichten.</translation>
    </message>
    <message>
        <source>Graph passes, comma-separated: fold-constants, remove-identity, fold-batchnorm, remove-dead.</source>
        <translation>Graph-Passes, durch Kommas getrennt: fold-constants, remove-identity, fold-batchnorm, remove-dead.</translation>
    </message>
    <message>
        <source>How quantized weights are written: qdq (default when bits &lt; 32), simulated (dequantized float32, runs anywhere) or fp16.</source>
        <translation>Wie quantisierte Gewichte geschrieben werden: qdq (Standard bei bits &lt; 32), simulated (dequantisiertes float32, läuft überall) oder fp16.</translation>
    </message>
    <message>
        <source>Dataset to calibrate activation ranges on, for plans that quantize activations (an IDX file or an image folder).</source>
        <translation>Datensatz zur Kalibrierung der Aktivierungsbereiche, für Pläne, die Aktivierungen quantisieren (eine IDX-Datei oder ein Bildordner).</translation>
    </message>
    <message>
        <source>How many samples to calibrate on (default 16).</source>
        <translation>Wie viele Samples zur Kalibrierung (Standard 16).</translation>
    </message>
    <message>
        <source>Hardware profile for the latency and energy figures (default laptop-avx2).</source>
        <translation>Hardwareprofil für Latenz- und Energiewerte (Standard laptop-avx2).</translation>
    </message>
    <message>
        <source>Also write the plan that was applied.</source>
        <translation>Auch den angewandten Plan schreiben.</translation>
    </message>
    <message>
        <source>optimize needs -o OUT.onnx</source>
        <translation>optimize braucht -o AUS.onnx</translation>
    </message>
    <message>
        <source>--plan and --%1 cannot be combined</source>
        <translation>--plan und --%1 können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>--export must be qdq, simulated or fp16</source>
        <translation>--export muss qdq, simulated oder fp16 sein</translation>
    </message>
    <message>
        <source>--calibration-samples must be a whole number from 1 up</source>
        <translation>--calibration-samples muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>the plan changes nothing; the model was written as it is</source>
        <translation>der Plan ändert nichts; das Modell wurde unverändert geschrieben</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>weight bytes</source>
        <translation>Gewichts-Bytes</translation>
    </message>
    <message>
        <source>file size</source>
        <translation>Dateigröße</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>latency (%1)</source>
        <translation>Latenz (%1)</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message numerus="yes">
        <source>pass %1: %n change(s)</source>
        <translation>
            <numerusform>Pass %1: %n Änderung</numerusform>
            <numerusform>Pass %1: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped %1 (%2): %3</source>
        <translation>%1 (%2) übersprungen: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n layer step(s) applied</source>
        <translation>
            <numerusform>%n Schichtschritt angewandt</numerusform>
            <numerusform>%n Schichtschritte angewandt</numerusform>
        </translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>profiles takes no arguments</source>
        <translation>profiles nimmt keine Argumente</translation>
    </message>
    <message>
        <source>skipped profile %1</source>
        <translation>Profil %1 übersprungen</translation>
    </message>
    <message>
        <source>See and whittle down what every layer of a neural network costs.</source>
        <translation>Sehen und verringern, was jede Schicht eines neuronalen Netzes kostet.</translation>
    </message>
    <message>
        <source>&lt;model.onnx&gt;</source>
        <translation>&lt;modell.onnx&gt;</translation>
    </message>
    <message>
        <source>whittle: cannot open a window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set).
To inspect a model in a terminal, run:
    whittle-cli inspect %1
</source>
        <translation>whittle: kann kein Fenster öffnen: keine Anzeige vorhanden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).
Um ein Modell im Terminal zu untersuchen, führen Sie aus:
    whittle-cli inspect %1
</translation>
    </message>
    <message>
        <source>whittle: expected at most one MODEL, got %1; see --help
</source>
        <translation>whittle: höchstens ein MODELL erwartet, %1 erhalten; siehe --help
</translation>
    </message>
    <message>
        <source>the constant &apos;%1&apos; has an unknown shape; its elements are not counted</source>
        <translation>die Konstante „%1“ hat eine unbekannte Form; ihre Elemente werden nicht gezählt</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) have shapes that are not known; their costs are not counted</source>
        <translation>
            <numerusform>%n Schicht hat eine unbekannte Form; ihre Kosten werden nicht gezählt</numerusform>
            <numerusform>%n Schichten haben unbekannte Formen; ihre Kosten werden nicht gezählt</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>op</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>act. out</source>
        <translation>Akt. aus</translation>
    </message>
    <message>
        <source>bound</source>
        <translation>begrenzt durch</translation>
    </message>
    <message>
        <source>total: %1 nodes, %2 params, %3 of weights, %4 MACs, %5 FLOPs, peak activations %6, opset %7</source>
        <translation>gesamt: %1 Knoten, %2 Parameter, %3 Gewichte, %4 MACs, %5 FLOPs, Aktivierungsspitze %6, Opset %7</translation>
    </message>
    <message>
        <source>on %1: %2, %3</source>
        <translation>auf %1: %2, %3</translation>
    </message>
    <message>
        <source>; the weights do not fit its storage</source>
        <translation>; die Gewichte passen nicht in seinen Speicher</translation>
    </message>
    <message>
        <source>; the model does not fit its RAM</source>
        <translation>; das Modell passt nicht in seinen Arbeitsspeicher</translation>
    </message>
    <message numerus="yes">
        <source>unknown op: %1 (%n node(s), not counted)</source>
        <translation>
            <numerusform>unbekannter Op: %1 (%n Knoten, nicht gezählt)</numerusform>
            <numerusform>unbekannter Op: %1 (%n Knoten, nicht gezählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>input &apos;%1&apos;: batch dimension %2 set to 1 (change it with --dim %3=VALUE)</source>
        <translation>Eingabe „%1“: Batch-Dimension %2 auf 1 gesetzt (ändern mit --dim %3=WERT)</translation>
    </message>
    <message>
        <source>dimension %1 set to %2</source>
        <translation>Dimension %1 auf %2 gesetzt</translation>
    </message>
    <message>
        <source>--dim %1: the model&apos;s inputs have no dimension called &apos;%1&apos;</source>
        <translation>--dim %1: die Eingaben des Modells haben keine Dimension namens „%1“</translation>
    </message>
    <message>
        <source>input dimension %1 is unknown; layers that depend on it have no cost until it is set with --dim %1=VALUE</source>
        <translation>Eingabedimension %1 ist unbekannt; davon abhängige Schichten haben keine Kosten, bis sie mit --dim %1=WERT gesetzt ist</translation>
    </message>
    <message>
        <source>shape inference with the set dimensions: %1</source>
        <translation>Forminferenz mit den gesetzten Dimensionen: %1</translation>
    </message>
    <message>
        <source>missing &apos;%1&apos;</source>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an object with a numeric &quot;value&quot;</source>
        <translation>„%1“ muss ein Objekt mit numerischem &quot;value&quot; sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no &quot;source&quot;; every figure must say where it comes from</source>
        <translation>„%1“ hat keine &quot;source&quot;; jeder Wert muss seine Herkunft angeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a non-negative number</source>
        <translation>„%1“ muss eine nichtnegative Zahl sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at offset %2: %3</source>
        <translation>%1: kein gültiges JSON an Position %2: %3</translation>
    </message>
    <message>
        <source>%1: a profile must be a JSON object</source>
        <translation>%1: ein Profil muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>&apos;format&apos; must be &quot;whittle-hardware-profile&quot;</source>
        <translation>„format“ muss &quot;whittle-hardware-profile&quot; sein</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be 1</source>
        <translation>„version“ muss 1 sein</translation>
    </message>
    <message>
        <source>&apos;id&apos; must be a non-empty word</source>
        <translation>„id“ muss ein nichtleeres Wort sein</translation>
    </message>
    <message>
        <source>missing &apos;name&apos;</source>
        <translation>„name“ fehlt</translation>
    </message>
    <message>
        <source>&apos;kind&apos; must be mcu, cpu or gpu</source>
        <translation>„kind“ muss mcu, cpu oder gpu sein</translation>
    </message>
    <message>
        <source>&apos;peak_flops.%1&apos; must be positive</source>
        <translation>„peak_flops.%1“ muss positiv sein</translation>
    </message>
    <message>
        <source>missing &apos;peak_flops.fp32&apos;</source>
        <translation>„peak_flops.fp32“ fehlt</translation>
    </message>
    <message>
        <source>&apos;memory_bandwidth&apos; must be positive</source>
        <translation>„memory_bandwidth“ muss positiv sein</translation>
    </message>
    <message>
        <source>&apos;efficiency&apos; has no &quot;source&quot;</source>
        <translation>„efficiency“ hat keine &quot;source&quot;</translation>
    </message>
    <message>
        <source>&apos;efficiency.%1&apos; must be a number in (0, 1]</source>
        <translation>„efficiency.%1“ muss eine Zahl in (0, 1] sein</translation>
    </message>
    <message>
        <source>&apos;sparsity.patterns&apos; has unknown pattern &apos;%1&apos;</source>
        <translation>„sparsity.patterns“ enthält das unbekannte Muster „%1“</translation>
    </message>
    <message>
        <source>&apos;sparsity.unstructured&apos; needs min_sparsity in [0, 0.9) and speedup_at_90 ≥ 1</source>
        <translation>„sparsity.unstructured“ braucht min_sparsity in [0, 0.9) und speedup_at_90 ≥ 1</translation>
    </message>
    <message>
        <source>missing &apos;energy.pj_per_mac.fp32&apos;</source>
        <translation>„energy.pj_per_mac.fp32“ fehlt</translation>
    </message>
    <message>
        <source>%1: larger than 1 MiB; not a profile</source>
        <translation>%1: größer als 1 MiB; kein Profil</translation>
    </message>
    <message>
        <source>external data file &apos;%1&apos; cannot be used by a model loaded from memory</source>
        <translation>die externe Datendatei „%1“ kann von einem aus dem Speicher geladenen Modell nicht verwendet werden</translation>
    </message>
    <message>
        <source>the external data location is empty</source>
        <translation>der Ort der externen Daten ist leer</translation>
    </message>
    <message>
        <source>external data path &apos;%1&apos; is absolute; only paths inside the model&apos;s folder are allowed</source>
        <translation>der externe Datenpfad „%1“ ist absolut; nur Pfade im Ordner des Modells sind erlaubt</translation>
    </message>
    <message>
        <source>external data path &apos;%1&apos; leaves the model&apos;s folder through &apos;..&apos;</source>
        <translation>der externe Datenpfad „%1“ verlässt den Ordner des Modells über „..“</translation>
    </message>
    <message>
        <source>external data file &apos;%1&apos; does not exist next to the model</source>
        <translation>die externe Datendatei „%1“ liegt nicht neben dem Modell</translation>
    </message>
    <message>
        <source>external data path &apos;%1&apos; leads outside the model&apos;s folder (to %2)</source>
        <translation>der externe Datenpfad „%1“ führt aus dem Ordner des Modells hinaus (nach %2)</translation>
    </message>
    <message>
        <source>external data path &apos;%1&apos; is not a regular file</source>
        <translation>der externe Datenpfad „%1“ ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read external data file &apos;%1&apos;: %2</source>
        <translation>die externe Datendatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>external data offset &apos;%1&apos; is not a non-negative integer</source>
        <translation>der externe Datenversatz „%1“ ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <source>external data length &apos;%1&apos; is not a non-negative integer</source>
        <translation>die externe Datenlänge „%1“ ist keine nichtnegative ganze Zahl</translation>
    </message>
    <message>
        <source>external data length %1 does not match the %2 bytes its shape needs</source>
        <translation>die externe Datenlänge %1 passt nicht zu den %2 Bytes, die ihre Form braucht</translation>
    </message>
    <message>
        <source>external data in &apos;%1&apos; at offset %2 with %3 bytes runs past the end of the file (%4 bytes)</source>
        <translation>die externen Daten in „%1“ ab Position %2 mit %3 Bytes reichen über das Dateiende hinaus (%4 Bytes)</translation>
    </message>
    <message>
        <source>cannot map external data file &apos;%1&apos;: %2</source>
        <translation>die externe Datendatei „%1“ kann nicht eingeblendet werden: %2</translation>
    </message>
    <message>
        <source>loading was cancelled</source>
        <translation>das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2): attribute %3 has %4; every value must be positive</source>
        <translation>Knoten „%1“ (%2): Attribut %3 hat %4; jeder Wert muss positiv sein</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; (%2): attribute group is %3; it must be positive</source>
        <translation>Knoten „%1“ (%2): Attribut group ist %3; es muss positiv sein</translation>
    </message>
    <message>
        <source>the main graph</source>
        <translation>der Hauptgraph</translation>
    </message>
    <message>
        <source>subgraph &apos;%1&apos; of node &apos;%2&apos;</source>
        <translation>Untergraph „%1“ von Knoten „%2“</translation>
    </message>
    <message>
        <source>subgraphs are nested more than %1 deep</source>
        <translation>Untergraphen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is defined twice in %2</source>
        <translation>Tensor „%1“ ist in %2 zweimal definiert</translation>
    </message>
    <message>
        <source>an initializer of %1 has no name</source>
        <translation>ein Initializer von %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>node %1 lists output &apos;%2&apos; twice</source>
        <translation>Knoten %1 führt die Ausgabe „%2“ zweimal auf</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; is produced by both node %2 and node %3 in %4</source>
        <translation>Tensor „%1“ wird in %4 sowohl von Knoten %2 als auch von Knoten %3 erzeugt</translation>
    </message>
    <message>
        <source>node %1 writes &apos;%2&apos;, which is already an input or initializer of %3</source>
        <translation>Knoten %1 schreibt „%2“, das bereits eine Eingabe oder ein Initializer von %3 ist</translation>
    </message>
    <message>
        <source>node %1 in %2 reads tensor &apos;%3&apos;, which no node, input or initializer provides</source>
        <translation>Knoten %1 in %2 liest den Tensor „%3“, den weder ein Knoten noch eine Eingabe oder ein Initializer liefert</translation>
    </message>
    <message>
        <source>output &apos;%1&apos; of %2 is not produced by any node</source>
        <translation>Ausgabe „%1“ von %2 wird von keinem Knoten erzeugt</translation>
    </message>
    <message>
        <source>%1 has a cycle: node %2 reads &apos;%3&apos;, which depends on that node&apos;s own output</source>
        <translation>%1 enthält einen Zyklus: Knoten %2 liest „%3“, das von der eigenen Ausgabe des Knotens abhängt</translation>
    </message>
    <message>
        <source>%1 has a cycle through node %2</source>
        <translation>%1 enthält einen Zyklus über Knoten %2</translation>
    </message>
    <message>
        <source>Constant node %1 has no value attribute</source>
        <translation>Constant-Knoten %1 hat kein value-Attribut</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has a negative dimension (%2)</source>
        <translation>Gewicht „%1“ hat eine negative Dimension (%2)</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has dimensions %2 whose product overflows</source>
        <translation>Gewicht „%1“ hat die Dimensionen %2, deren Produkt überläuft</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has no element type</source>
        <translation>Gewicht „%1“ hat keinen Elementtyp</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; has an unknown element type (%2)</source>
        <translation>Gewicht „%1“ hat einen unbekannten Elementtyp (%2)</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; is too large (%2 elements)</source>
        <translation>Gewicht „%1“ ist zu groß (%2 Elemente)</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; uses external data, which this model cannot have</source>
        <translation>Gewicht „%1“ verwendet externe Daten, die dieses Modell nicht haben kann</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos;: %2</source>
        <translation>Gewicht „%1“: %2</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; declares %2 strings but holds %3</source>
        <translation>Gewicht „%1“ deklariert %2 Zeichenketten, enthält aber %3</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; declares %2 %3 (%4 bytes) but holds %5 bytes</source>
        <translation>Gewicht „%1“ deklariert %2 %3 (%4 Bytes), enthält aber %5 Bytes</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; declares %2 elements (%3) but holds %4</source>
        <translation>Gewicht „%1“ deklariert %2 Elemente (%3), enthält aber %4</translation>
    </message>
    <message>
        <source>%1 is not a valid ONNX file: the protobuf data is truncated or corrupt</source>
        <translation>%1 ist keine gültige ONNX-Datei: die Protobuf-Daten sind abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <source>%1 is not an ONNX model: it holds no graph</source>
        <translation>%1 ist kein ONNX-Modell: es enthält keinen Graphen</translation>
    </message>
    <message>
        <source>%1 is not a usable ONNX model: its graph has no nodes</source>
        <translation>%1 ist kein verwendbares ONNX-Modell: sein Graph hat keine Knoten</translation>
    </message>
    <message>
        <source>the model imports no opset; assuming the default domain</source>
        <translation>das Modell importiert kein Opset; die Standarddomäne wird angenommen</translation>
    </message>
    <message>
        <source>the nodes were not in topological order; Whittle sorted them</source>
        <translation>die Knoten waren nicht topologisch sortiert; Whittle hat sie sortiert</translation>
    </message>
    <message>
        <source>ONNX checker: %1</source>
        <translation>ONNX-Prüfung: %1</translation>
    </message>
    <message>
        <source>ONNX shape inference: %1</source>
        <translation>ONNX-Forminferenz: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot open %1: no such file</source>
        <translation>%1 kann nicht geöffnet werden: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot open %1: it is a folder, not a model file</source>
        <translation>%1 kann nicht geöffnet werden: es ist ein Ordner, keine Modelldatei</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 is larger than 2 GiB, which protobuf cannot parse; save its weights as external data</source>
        <translation>%1 ist größer als 2 GiB, was Protobuf nicht einlesen kann; speichern Sie die Gewichte als externe Daten</translation>
    </message>
    <message>
        <source>%1 has no graph with nodes</source>
        <translation>%1 hat keinen Graphen mit Knoten</translation>
    </message>
    <message>
        <source>refusing to write over the input model %1; choose another file name</source>
        <translation>das Eingabemodell %1 wird nicht überschrieben; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <source>%1: models with external data are not written yet; weight &apos;%2&apos; is external</source>
        <translation>%1: Modelle mit externen Daten können noch nicht geschrieben werden; Gewicht „%2“ ist extern</translation>
    </message>
    <message>
        <source>%1: the model is %2 bytes, more than protobuf can write in one file</source>
        <translation>%1: das Modell hat %2 Bytes, mehr als Protobuf in eine Datei schreiben kann</translation>
    </message>
    <message>
        <source>%1: the model could not be serialized</source>
        <translation>%1: das Modell konnte nicht serialisiert werden</translation>
    </message>
    <message>
        <source>%1: the written model does not load back: %2</source>
        <translation>%1: das geschriebene Modell lässt sich nicht wieder laden: %2</translation>
    </message>
    <message>
        <source>%1: the written model fails the ONNX checker: %2</source>
        <translation>%1: das geschriebene Modell besteht die ONNX-Prüfung nicht: %2</translation>
    </message>
    <message>
        <source>applying the plan was cancelled</source>
        <translation>das Anwenden des Plans wurde abgebrochen</translation>
    </message>
    <message>
        <source>activation quantization skipped: no calibration data was given</source>
        <translation>Aktivierungsquantisierung übersprungen: keine Kalibrierungsdaten angegeben</translation>
    </message>
    <message>
        <source>the optimized model is not valid: %1</source>
        <translation>das optimierte Modell ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>it has no weight input</source>
        <translation>es hat keine Gewichtseingabe</translation>
    </message>
    <message>
        <source>its weight %1 is not a constant</source>
        <translation>sein Gewicht %1 ist keine Konstante</translation>
    </message>
    <message>
        <source>its weight %1 is also read elsewhere</source>
        <translation>sein Gewicht %1 wird auch anderswo gelesen</translation>
    </message>
    <message>
        <source>its weight %1 is %2, not floating point</source>
        <translation>sein Gewicht %1 ist %2, keine Gleitkommazahl</translation>
    </message>
    <message>
        <source>not factorized: low rank applies to Gemm, MatMul and 1×1 Conv, not %1</source>
        <translation>nicht faktorisiert: niedriger Rang gilt für Gemm, MatMul und 1×1-Conv, nicht für %1</translation>
    </message>
    <message>
        <source>not factorized: %1</source>
        <translation>nicht faktorisiert: %1</translation>
    </message>
    <message>
        <source>not factorized: its weight %1 is %2; the factors would be float32</source>
        <translation>nicht faktorisiert: sein Gewicht %1 ist %2; die Faktoren wären float32</translation>
    </message>
    <message>
        <source>not factorized: only 1×1 convolutions without groups are</source>
        <translation>nicht faktorisiert: nur 1×1-Faltungen ohne Gruppen werden faktorisiert</translation>
    </message>
    <message>
        <source>not factorized: its weight %1 is not a known 2-D matrix</source>
        <translation>nicht faktorisiert: sein Gewicht %1 ist keine bekannte 2-D-Matrix</translation>
    </message>
    <message>
        <source>not factorized: rank %1 does not pay, %1·(%2 + %3) = %4 weights ≥ %2·%3 = %5</source>
        <translation>nicht faktorisiert: Rang %1 lohnt sich nicht, %1·(%2 + %3) = %4 Gewichte ≥ %2·%3 = %5</translation>
    </message>
    <message>
        <source>not factorized: the data of its weight %1 does not match its shape</source>
        <translation>nicht faktorisiert: die Daten seines Gewichts %1 passen nicht zu seiner Form</translation>
    </message>
    <message>
        <source>rank %1 of %2 keeps %3 of the energy; relative error %4; first layer %5</source>
        <translation>Rang %1 von %2 behält %3 der Energie; relativer Fehler %4; erste Schicht %5</translation>
    </message>
    <message>
        <source>external weight &apos;%1&apos; is not in the model&apos;s index</source>
        <translation>das externe Gewicht „%1“ ist nicht im Index des Modells</translation>
    </message>
    <message>
        <source>it has fewer than five inputs</source>
        <translation>es hat weniger als fünf Eingaben</translation>
    </message>
    <message>
        <source>its running statistics %1 are read (training mode)</source>
        <translation>seine laufenden Statistiken %1 werden gelesen (Trainingsmodus)</translation>
    </message>
    <message>
        <source>it is in training mode</source>
        <translation>es ist im Trainingsmodus</translation>
    </message>
    <message>
        <source>its input %1 is not written by a node</source>
        <translation>seine Eingabe %1 wird von keinem Knoten geschrieben</translation>
    </message>
    <message>
        <source>its input comes from %1, which has no weight and bias to fold into</source>
        <translation>seine Eingabe kommt von %1, das kein Gewicht und keinen Bias zum Einfalten hat</translation>
    </message>
    <message>
        <source>the output %1 of %2 has other readers</source>
        <translation>die Ausgabe %1 von %2 hat weitere Leser</translation>
    </message>
    <message>
        <source>%1 has no weight input</source>
        <translation>%1 hat keine Gewichtseingabe</translation>
    </message>
    <message>
        <source>the weight of %1 is not a float32 constant</source>
        <translation>das Gewicht von %1 ist keine float32-Konstante</translation>
    </message>
    <message>
        <source>the weight of %1 does not hold the values its shape says</source>
        <translation>das Gewicht von %1 enthält nicht die Werte, die seine Form angibt</translation>
    </message>
    <message>
        <source>the weight of %1 has no output channel axis %2</source>
        <translation>das Gewicht von %1 hat keine Ausgabekanal-Achse %2</translation>
    </message>
    <message>
        <source>the bias of %1 is not a float32 constant</source>
        <translation>der Bias von %1 ist keine float32-Konstante</translation>
    </message>
    <message>
        <source>the bias of %1 cannot be read</source>
        <translation>der Bias von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the bias of %1 does not hold one value per output channel</source>
        <translation>der Bias von %1 enthält nicht einen Wert pro Ausgabekanal</translation>
    </message>
    <message>
        <source>its %1 %2 is not a float constant</source>
        <translation>sein %1 %2 ist keine Gleitkommakonstante</translation>
    </message>
    <message>
        <source>its %1 holds %2 values, but %3 has %4 output channels</source>
        <translation>sein %1 enthält %2 Werte, aber %3 hat %4 Ausgabekanäle</translation>
    </message>
    <message>
        <source>its variance of channel %1 plus epsilon is not positive</source>
        <translation>seine Varianz von Kanal %1 plus Epsilon ist nicht positiv</translation>
    </message>
    <message>
        <source>stopped: cancelled</source>
        <translation>angehalten: abgebrochen</translation>
    </message>
    <message>
        <source>kept %1: %2</source>
        <translation>%1 behalten: %2</translation>
    </message>
    <message>
        <source>folded %1 into %2</source>
        <translation>%1 in %2 gefaltet</translation>
    </message>
    <message>
        <source>its result has an invalid shape or element type</source>
        <translation>sein Ergebnis hat eine ungültige Form oder einen ungültigen Elementtyp</translation>
    </message>
    <message>
        <source>its result (%1 bytes) would exceed the folding budget (%2 bytes left)</source>
        <translation>sein Ergebnis (%1 Bytes) würde das Faltungsbudget überschreiten (%2 Bytes übrig)</translation>
    </message>
    <message>
        <source>its value has an element type or layout Whittle does not fold</source>
        <translation>sein Wert hat einen Elementtyp oder ein Layout, das Whittle nicht faltet</translation>
    </message>
    <message>
        <source>it holds a string or sparse value</source>
        <translation>es enthält eine Zeichenkette oder einen dünnbesetzten Wert</translation>
    </message>
    <message>
        <source>its shape input is not a 1-D integer tensor</source>
        <translation>seine Form-Eingabe ist kein 1-D-Ganzzahltensor</translation>
    </message>
    <message>
        <source>its value is not a single number</source>
        <translation>sein Wert ist keine einzelne Zahl</translation>
    </message>
    <message>
        <source>it casts to a type Whittle does not fold</source>
        <translation>es wandelt in einen Typ um, den Whittle nicht faltet</translation>
    </message>
    <message>
        <source>a value does not fit the integer type it is cast to</source>
        <translation>ein Wert passt nicht in den Ganzzahltyp, in den er umgewandelt wird</translation>
    </message>
    <message>
        <source>its shape is not a 1-D integer tensor</source>
        <translation>seine Form ist kein 1-D-Ganzzahltensor</translation>
    </message>
    <message>
        <source>its shape copies a dimension the input does not have</source>
        <translation>seine Form übernimmt eine Dimension, die die Eingabe nicht hat</translation>
    </message>
    <message>
        <source>its shape has two -1 entries</source>
        <translation>seine Form hat zwei Einträge -1</translation>
    </message>
    <message>
        <source>its shape has a negative entry</source>
        <translation>seine Form hat einen negativen Eintrag</translation>
    </message>
    <message>
        <source>its shape does not divide the input&apos;s size</source>
        <translation>seine Form teilt die Größe der Eingabe nicht</translation>
    </message>
    <message>
        <source>its shape does not hold the input&apos;s %1 elements</source>
        <translation>seine Form fasst nicht die %1 Elemente der Eingabe</translation>
    </message>
    <message>
        <source>its axes are not given as integers</source>
        <translation>seine Achsen sind nicht als ganze Zahlen angegeben</translation>
    </message>
    <message>
        <source>its axis %1 is out of range or repeated</source>
        <translation>seine Achse %1 liegt außerhalb des Bereichs oder ist doppelt</translation>
    </message>
    <message>
        <source>its axis %1 is out of range or not of size 1</source>
        <translation>seine Achse %1 liegt außerhalb des Bereichs oder hat nicht die Größe 1</translation>
    </message>
    <message>
        <source>its axis is missing or out of range</source>
        <translation>seine Achse fehlt oder liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>its inputs differ in element type or rank</source>
        <translation>seine Eingaben unterscheiden sich in Elementtyp oder Rang</translation>
    </message>
    <message>
        <source>its inputs differ in a dimension other than the axis</source>
        <translation>seine Eingaben unterscheiden sich in einer anderen Dimension als der Achse</translation>
    </message>
    <message>
        <source>its indices are not integers</source>
        <translation>seine Indizes sind keine ganzen Zahlen</translation>
    </message>
    <message>
        <source>its axis is out of range</source>
        <translation>seine Achse liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>its index %1 is out of range</source>
        <translation>sein Index %1 liegt außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>its axes or steps are not integers</source>
        <translation>seine Achsen oder Schritte sind keine ganzen Zahlen</translation>
    </message>
    <message>
        <source>its starts and ends are not integer lists of one length</source>
        <translation>seine Anfänge und Enden sind keine gleich langen Ganzzahllisten</translation>
    </message>
    <message>
        <source>its axes or steps do not match its starts</source>
        <translation>seine Achsen oder Schritte passen nicht zu seinen Anfängen</translation>
    </message>
    <message>
        <source>its axis %1 is out of range or repeated, or its step is 0</source>
        <translation>seine Achse %1 liegt außerhalb des Bereichs oder ist doppelt, oder sein Schritt ist 0</translation>
    </message>
    <message>
        <source>its perm does not match the input&apos;s rank</source>
        <translation>seine perm passt nicht zum Rang der Eingabe</translation>
    </message>
    <message>
        <source>its perm is not a permutation</source>
        <translation>seine perm ist keine Permutation</translation>
    </message>
    <message>
        <source>its operands differ in element type</source>
        <translation>seine Operanden unterscheiden sich im Elementtyp</translation>
    </message>
    <message>
        <source>it broadcasts the pre-opset-7 way</source>
        <translation>es broadcastet nach den Regeln vor Opset 7</translation>
    </message>
    <message>
        <source>its operands do not broadcast</source>
        <translation>seine Operanden lassen sich nicht broadcasten</translation>
    </message>
    <message>
        <source>its element type is not float, double, int32 or int64</source>
        <translation>sein Elementtyp ist nicht float, double, int32 oder int64</translation>
    </message>
    <message>
        <source>it divides an integer by zero</source>
        <translation>es teilt eine ganze Zahl durch null</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>Skalar</translation>
    </message>
    <message>
        <source>stopped: cancelled before anything was folded</source>
        <translation>angehalten: abgebrochen, bevor etwas gefaltet wurde</translation>
    </message>
    <message>
        <source>kept %1: it writes the graph output %2</source>
        <translation>%1 behalten: es schreibt die Graphausgabe %2</translation>
    </message>
    <message>
        <source>folded %1 into the initializer %2 (%3)</source>
        <translation>%1 in den Initializer %2 gefaltet (%3)</translation>
    </message>
    <message>
        <source>folded %1; only folded nodes read its result</source>
        <translation>%1 gefaltet; nur gefaltete Knoten lesen sein Ergebnis</translation>
    </message>
    <message>
        <source>; removed %1, which nothing else read</source>
        <translation>; %1 entfernt, das sonst nichts gelesen hat</translation>
    </message>
    <message>
        <source>removed %1: no graph output depends on it</source>
        <translation>%1 entfernt: keine Graphausgabe hängt davon ab</translation>
    </message>
    <message>
        <source>removed initializer %1: nothing reads it</source>
        <translation>Initializer %1 entfernt: nichts liest ihn</translation>
    </message>
    <message>
        <source>removed the value_info of %1: no tensor has that name any more</source>
        <translation>value_info von %1 entfernt: kein Tensor trägt mehr diesen Namen</translation>
    </message>
    <message>
        <source>its mask output %1 is used</source>
        <translation>seine Maskenausgabe %1 wird verwendet</translation>
    </message>
    <message>
        <source>its training_mode %1 is not a constant</source>
        <translation>sein training_mode %1 ist keine Konstante</translation>
    </message>
    <message>
        <source>its training_mode %1 is not a boolean scalar</source>
        <translation>sein training_mode %1 ist kein boolescher Skalar</translation>
    </message>
    <message>
        <source>its training_mode is true</source>
        <translation>sein training_mode ist true</translation>
    </message>
    <message>
        <source>removed %1: its readers read %2 instead</source>
        <translation>%1 entfernt: seine Leser lesen stattdessen %2</translation>
    </message>
    <message>
        <source>kept %1: it copies %2 to the graph output %3, and %2 is not written by a node of the graph or is a graph output itself</source>
        <translation>%1 behalten: es kopiert %2 in die Graphausgabe %3, und %2 wird von keinem Knoten des Graphen geschrieben oder ist selbst eine Graphausgabe</translation>
    </message>
    <message>
        <source>removed %1: %2 now writes the graph output %3</source>
        <translation>%1 entfernt: %2 schreibt jetzt die Graphausgabe %3</translation>
    </message>
    <message>
        <source>unknown setting</source>
        <translation>unbekannte Einstellung</translation>
    </message>
    <message>
        <source>must be a number from 0 to 0.99</source>
        <translation>muss eine Zahl von 0 bis 0,99 sein</translation>
    </message>
    <message>
        <source>must be unstructured, n:m, structured-l1 or structured-l2</source>
        <translation>muss unstructured, n:m, structured-l1 oder structured-l2 sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be smaller than m</source>
        <translation>muss kleiner als m sein</translation>
    </message>
    <message>
        <source>must be 2 to 8, 16 (fp16) or 32 (unchanged)</source>
        <translation>muss 2 bis 8, 16 (fp16) oder 32 (unverändert) sein</translation>
    </message>
    <message>
        <source>must be per-tensor or per-channel</source>
        <translation>muss per-tensor oder per-channel sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be minmax or mse</source>
        <translation>muss minmax oder mse sein</translation>
    </message>
    <message>
        <source>must be a number from 0 up to (not including) 1</source>
        <translation>muss eine Zahl von 0 bis (ausschließlich) 1 sein</translation>
    </message>
    <message>
        <source>%1: a plan must be a JSON object</source>
        <translation>%1: ein Plan muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be &quot;whittle-plan&quot;</source>
        <translation>muss &quot;whittle-plan&quot; sein</translation>
    </message>
    <message>
        <source>version %1 is not one this Whittle reads (1 to %2)</source>
        <translation>Version %1 kann diese Whittle-Version nicht lesen (1 bis %2)</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be minmax, percentile, mse or entropy</source>
        <translation>muss minmax, percentile, mse oder entropy sein</translation>
    </message>
    <message>
        <source>must be a number from 50 to 100</source>
        <translation>muss eine Zahl von 50 bis 100 sein</translation>
    </message>
    <message>
        <source>unknown pass &apos;%1&apos;</source>
        <translation>unbekannter Pass „%1“</translation>
    </message>
    <message>
        <source>must be an object keyed by layer name</source>
        <translation>muss ein Objekt mit Schichtnamen als Schlüsseln sein</translation>
    </message>
    <message>
        <source>must be smaller than m (%1)</source>
        <translation>muss kleiner als m (%1) sein</translation>
    </message>
    <message>
        <source>not pruned: %1</source>
        <translation>nicht ausgedünnt: %1</translation>
    </message>
    <message>
        <source>its weight %1 is shared with %2 and pruned there</source>
        <translation>sein Gewicht %1 wird mit %2 geteilt und dort ausgedünnt</translation>
    </message>
    <message>
        <source>not pruned: the layout of its weight %1 is not known</source>
        <translation>nicht ausgedünnt: das Layout seines Gewichts %1 ist unbekannt</translation>
    </message>
    <message>
        <source>not pruned: %1:%2 is no N:M pattern</source>
        <translation>nicht ausgedünnt: %1:%2 ist kein N:M-Muster</translation>
    </message>
    <message>
        <source>not pruned: the data of its weight %1 does not match its shape</source>
        <translation>nicht ausgedünnt: die Daten seines Gewichts %1 passen nicht zu seiner Form</translation>
    </message>
    <message>
        <source>%1:%2 along the input axis</source>
        <translation>%1:%2 entlang der Eingabeachse</translation>
    </message>
    <message>
        <source>opset %1 predates the broadcasting rules of opset 7</source>
        <translation>Opset %1 ist älter als die Broadcasting-Regeln von Opset 7</translation>
    </message>
    <message>
        <source>the %1 node %2 does not exist at opset %3</source>
        <translation>der %1-Knoten %2 existiert in Opset %3 nicht</translation>
    </message>
    <message>
        <source>the %1 node %2 changes meaning between opset %3 and %4</source>
        <translation>der %1-Knoten %2 ändert seine Bedeutung zwischen Opset %3 und %4</translation>
    </message>
    <message>
        <source>activation quantization needs calibration inputs</source>
        <translation>Aktivierungsquantisierung braucht Kalibrierungseingaben</translation>
    </message>
    <message>
        <source>the model could not be serialized for calibration</source>
        <translation>das Modell konnte für die Kalibrierung nicht serialisiert werden</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot import the model for calibration: %1</source>
        <translation>OpenCV DNN kann das Modell für die Kalibrierung nicht importieren: %1</translation>
    </message>
    <message>
        <source>OpenCV DNN cannot run the model for calibration: %1</source>
        <translation>OpenCV DNN kann das Modell für die Kalibrierung nicht ausführen: %1</translation>
    </message>
    <message>
        <source>%1 bits is not a width Whittle quantizes to (2 to 8, or 16)</source>
        <translation>%1 Bit ist keine Breite, auf die Whittle quantisiert (2 bis 8 oder 16)</translation>
    </message>
    <message>
        <source>per tensor: the shape of its weight behind %1 is unknown</source>
        <translation>pro Tensor: die Form seines Gewichts hinter %1 ist unbekannt</translation>
    </message>
    <message>
        <source>a %1 node has no weight to quantize</source>
        <translation>ein %1-Knoten hat kein zu quantisierendes Gewicht</translation>
    </message>
    <message>
        <source>per tensor instead of per channel: a per-channel DequantizeLinear needs opset 13 and %1</source>
        <translation>pro Tensor statt pro Kanal: ein DequantizeLinear pro Kanal braucht Opset 13 und %1</translation>
    </message>
    <message>
        <source>DequantizeLinear needs opset 10 and %1</source>
        <translation>DequantizeLinear braucht Opset 10 und %1</translation>
    </message>
    <message>
        <source>shares its quantized weight with %1</source>
        <translation>teilt sein quantisiertes Gewicht mit %1</translation>
    </message>
    <message>
        <source>the values of its weight %1 do not match its shape</source>
        <translation>die Werte seines Gewichts %1 passen nicht zu seiner Form</translation>
    </message>
    <message>
        <source>float16 weights</source>
        <translation>float16-Gewichte</translation>
    </message>
    <message>
        <source>; %1 weights beyond ±65504 saturated</source>
        <translation>; %1 Gewichte jenseits von ±65504 gesättigt</translation>
    </message>
    <message>
        <source>%1-bit per channel (%2 along axis %3)</source>
        <translation>%1 Bit pro Kanal (%2 entlang Achse %3)</translation>
    </message>
    <message>
        <source>%1-bit per tensor</source>
        <translation>%1 Bit pro Tensor</translation>
    </message>
    <message>
        <source>, symmetric</source>
        <translation>, symmetrisch</translation>
    </message>
    <message>
        <source>, asymmetric</source>
        <translation>, asymmetrisch</translation>
    </message>
    <message>
        <source>, MSE-clipped range</source>
        <translation>, per MSE beschnittener Bereich</translation>
    </message>
    <message>
        <source>, min-max range</source>
        <translation>, Min-Max-Bereich</translation>
    </message>
    <message>
        <source>; RMS error %1</source>
        <translation>; RMS-Fehler %1</translation>
    </message>
    <message>
        <source> (%1% of the weights&apos; RMS)</source>
        <translation> (%1 % des RMS der Gewichte)</translation>
    </message>
    <message>
        <source>it has no activation input</source>
        <translation>es hat keine Aktivierungseingabe</translation>
    </message>
    <message>
        <source>its inputs %1 are not known to be float32</source>
        <translation>von seinen Eingaben %1 ist nicht bekannt, dass sie float32 sind</translation>
    </message>
    <message>
        <source>activations are quantized at the inputs of layers with a weight (Conv, ConvTranspose, Gemm, MatMul); a %1 node has none</source>
        <translation>Aktivierungen werden an den Eingaben von Schichten mit Gewicht quantisiert (Conv, ConvTranspose, Gemm, MatMul); ein %1-Knoten hat keins</translation>
    </message>
    <message>
        <source>activations are not quantized in the simulated form, whose runtime computes in float; export QDQ to quantize them</source>
        <translation>in der simulierten Form werden Aktivierungen nicht quantisiert, da deren Laufzeit in float rechnet; exportieren Sie QDQ, um sie zu quantisieren</translation>
    </message>
    <message>
        <source>QuantizeLinear needs opset 10 and %1</source>
        <translation>QuantizeLinear braucht Opset 10 und %1</translation>
    </message>
    <message>
        <source>%1 as uint8 over [%2, %3] (%4): scale %5, zero point %6</source>
        <translation>%1 als uint8 über [%2, %3] (%4): Skala %5, Nullpunkt %6</translation>
    </message>
    <message>
        <source>%1 is not quantized: %2</source>
        <translation>%1 ist nicht quantisiert: %2</translation>
    </message>
    <message>
        <source>no calibration values reached it</source>
        <translation>keine Kalibrierungswerte haben es erreicht</translation>
    </message>
    <message>
        <source>channels meet channels of no prunable layer at %1</source>
        <translation>Kanäle treffen bei %1 auf Kanäle keiner ausdünnbaren Schicht</translation>
    </message>
    <message>
        <source>channels reach the graph output &apos;%1&apos;</source>
        <translation>Kanäle erreichen die Graphausgabe „%1“</translation>
    </message>
    <message>
        <source>channels are read inside a subgraph of %1</source>
        <translation>Kanäle werden in einem Untergraphen von %1 gelesen</translation>
    </message>
    <message>
        <source>the weight of %1 is not a float tensor</source>
        <translation>das Gewicht von %1 ist kein Gleitkommatensor</translation>
    </message>
    <message>
        <source>channels reach %1, which Whittle cannot follow</source>
        <translation>Kanäle erreichen %1, dem Whittle nicht folgen kann</translation>
    </message>
    <message>
        <source>structured pruning covers Conv, ConvTranspose and Gemm, not MatMul</source>
        <translation>strukturiertes Pruning umfasst Conv, ConvTranspose und Gemm, nicht MatMul</translation>
    </message>
    <message>
        <source>the weight of %1 is not a constant tensor Whittle can slice</source>
        <translation>das Gewicht von %1 ist kein konstanter Tensor, den Whittle zerschneiden kann</translation>
    </message>
    <message>
        <source>the bias of %1 is not a constant tensor</source>
        <translation>der Bias von %1 ist kein konstanter Tensor</translation>
    </message>
    <message>
        <source>the bias of %1 does not match its output channels</source>
        <translation>der Bias von %1 passt nicht zu seinen Ausgabekanälen</translation>
    </message>
    <message>
        <source>the weight of %1 is not 2-D</source>
        <translation>das Gewicht von %1 ist nicht 2-D</translation>
    </message>
    <message>
        <source>the bias of depthwise %1 is not a constant tensor</source>
        <translation>der Bias des Depthwise-%1 ist kein konstanter Tensor</translation>
    </message>
    <message>
        <source>channels reach the grouped convolution %1 (group %2), whose groups would have to shrink evenly</source>
        <translation>Kanäle erreichen die gruppierte Faltung %1 (group %2), deren Gruppen gleichmäßig schrumpfen müssten</translation>
    </message>
    <message>
        <source>depthwise %1 has the channels of its input, which %2</source>
        <translation>Depthwise-%1 hat die Kanäle seiner Eingabe, die %2</translation>
    </message>
    <message>
        <source>do not line up with its groups</source>
        <translation>nicht zu seinen Gruppen passen</translation>
    </message>
    <message>
        <source>come from no layer Whittle can prune</source>
        <translation>von keiner Schicht stammen, die Whittle ausdünnen kann</translation>
    </message>
    <message>
        <source>%1 is a grouped convolution (group %2): its output channels are tied to its groups</source>
        <translation>%1 ist eine gruppierte Faltung (group %2): ihre Ausgabekanäle sind an ihre Gruppen gebunden</translation>
    </message>
    <message>
        <source>%1 has more than one output</source>
        <translation>%1 hat mehr als eine Ausgabe</translation>
    </message>
    <message>
        <source>the parameters of %1 are not constants of one value per channel</source>
        <translation>die Parameter von %1 sind keine Konstanten mit einem Wert pro Kanal</translation>
    </message>
    <message>
        <source>channels reach %1, which may pad the channel axis</source>
        <translation>Kanäle erreichen %1, das die Kanalachse auffüllen kann</translation>
    </message>
    <message>
        <source>channels meet a tensor of unknown shape at %1</source>
        <translation>Kanäle treffen bei %1 auf einen Tensor unbekannter Form</translation>
    </message>
    <message>
        <source>its single channel is broadcast over other channels at %1</source>
        <translation>sein einzelner Kanal wird bei %1 über andere Kanäle gebroadcastet</translation>
    </message>
    <message>
        <source>channels meet misaligned channels at %1</source>
        <translation>Kanäle treffen bei %1 auf nicht ausgerichtete Kanäle</translation>
    </message>
    <message>
        <source>channels meet &apos;%1&apos;, which holds channels of no prunable layer, at %2</source>
        <translation>Kanäle treffen bei %2 auf „%1“, das Kanäle keiner ausdünnbaren Schicht enthält</translation>
    </message>
    <message>
        <source>channels reach %1, which mixes them with other axes</source>
        <translation>Kanäle erreichen %1, das sie mit anderen Achsen vermischt</translation>
    </message>
    <message>
        <source>the graph is not acyclic</source>
        <translation>der Graph ist nicht azyklisch</translation>
    </message>
    <message>
        <source>channels meet %1&apos;s at %2; %3</source>
        <translation>Kanäle treffen bei %2 auf die von %1; %3</translation>
    </message>
    <message>
        <source>the plan does not prune %1 structurally</source>
        <translation>der Plan dünnt %1 nicht strukturiert aus</translation>
    </message>
    <message>
        <source>%1 % of %2 channels rounds to none</source>
        <translation>%1 % von %2 Kanälen ergibt gerundet keinen</translation>
    </message>
    <message>
        <source>the weight of %1 cannot be read</source>
        <translation>das Gewicht von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>channels coupled with %1; the same %2 removed from each</source>
        <translation>Kanäle mit %1 gekoppelt; aus jeder Schicht dieselben %2 entfernt</translation>
    </message>
    <message>
        <source>coupled layers ask for different settings: %1 % by %2 norm used</source>
        <translation>gekoppelte Schichten verlangen verschiedene Einstellungen: %1 % nach %2-Norm verwendet</translation>
    </message>
    <message>
        <source>depthwise: follows the channels of %1</source>
        <translation>Depthwise: folgt den Kanälen von %1</translation>
    </message>
    <message>
        <source>depthwise: its channels are those of %1, which keep all of them</source>
        <translation>Depthwise: seine Kanäle sind die von %1, das alle behält</translation>
    </message>
    <message>
        <source>%1: samples %2..%3 asked for, it has %4</source>
        <translation>%1: Samples %2..%3 angefordert, es hat %4</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: cannot be opened</source>
        <translation>%1: kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: too short for an IDX file (%2 bytes)</source>
        <translation>%1: zu kurz für eine IDX-Datei (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1: not an IDX %2 file (magic 0x%3, expected 0x%4)</source>
        <translation>%1: keine IDX-%2-Datei (Magic 0x%3, erwartet 0x%4)</translation>
    </message>
    <message>
        <source>%1: truncated in its header</source>
        <translation>%1: im Header abgeschnitten</translation>
    </message>
    <message>
        <source>%1: dimension %2 of its header is 0</source>
        <translation>%1: Dimension %2 im Header ist 0</translation>
    </message>
    <message>
        <source>%1: the sizes in its header overflow</source>
        <translation>%1: die Größen im Header laufen über</translation>
    </message>
    <message>
        <source>%1: its header claims %2 %3 (%4 bytes), more than the file&apos;s %5 bytes can hold</source>
        <translation>%1: der Header gibt %2 %3 an (%4 Bytes), mehr als die %5 Bytes der Datei fassen können</translation>
    </message>
    <message>
        <source>%1: truncated: holds %2 of the %3 bytes of %4 its header announces%5</source>
        <translation>%1: abgeschnitten: enthält %2 der %3 Bytes von %4, die der Header ankündigt%5</translation>
    </message>
    <message>
        <source>MNIST IDX %1: %2 images %3×%4</source>
        <translation>MNIST-IDX %1: %2 Bilder %3×%4</translation>
    </message>
    <message>
        <source>, %1 classes</source>
        <translation>, %1 Klassen</translation>
    </message>
    <message>
        <source>%1: cannot be decoded: %2</source>
        <translation>%1: kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot be decoded as an image</source>
        <translation>%1: kann nicht als Bild dekodiert werden</translation>
    </message>
    <message>
        <source>%1: has %2-bit samples; 8 or 16 bits expected</source>
        <translation>%1: hat %2-Bit-Abtastwerte; 8 oder 16 Bit erwartet</translation>
    </message>
    <message>
        <source>%1: has %2 channels</source>
        <translation>%1: hat %2 Kanäle</translation>
    </message>
    <message>
        <source>%1: no images found</source>
        <translation>%1: keine Bilder gefunden</translation>
    </message>
    <message>
        <source>%1: %2 images of %3×%4 are beyond what Whittle reads</source>
        <translation>%1: %2 Bilder mit %3×%4 übersteigen, was Whittle liest</translation>
    </message>
    <message>
        <source>%1 has %2 labels for the %3 images of %4</source>
        <translation>%1 hat %2 Labels für die %3 Bilder von %4</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>image folder %1: %2 images in %3 classes</source>
        <translation>Bildordner %1: %2 Bilder in %3 Klassen</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a labels file</source>
        <translation>%1: %2 Bytes sind zu groß für eine Label-Datei</translation>
    </message>
    <message>
        <source>%1 line %2: expected &apos;file,label&apos;, found %3 fields</source>
        <translation>%1 Zeile %2: „file,label“ erwartet, %3 Felder gefunden</translation>
    </message>
    <message>
        <source>%1: no labelled images listed</source>
        <translation>%1: keine Bilder mit Label aufgeführt</translation>
    </message>
    <message>
        <source>%1 line %2: &apos;%3&apos; is not a path inside %4</source>
        <translation>%1 Zeile %2: „%3“ ist kein Pfad innerhalb von %4</translation>
    </message>
    <message>
        <source>%1 line %2: no image &apos;%3&apos; in %4</source>
        <translation>%1 Zeile %2: kein Bild „%3“ in %4</translation>
    </message>
    <message>
        <source>images in %1 labelled by %2: %3 images, %4 classes</source>
        <translation>Bilder in %1 mit Labels aus %2: %3 Bilder, %4 Klassen</translation>
    </message>
    <message>
        <source>OpenCV digits %1: 5000 images 20×20, 10 classes</source>
        <translation>OpenCV-Ziffern %1: 5000 Bilder 20×20, 10 Klassen</translation>
    </message>
    <message>
        <source>%1: %2×%3 is not the layout of OpenCV&apos;s digits.png (%4×%5)</source>
        <translation>%1: %2×%3 ist nicht das Layout von OpenCVs digits.png (%4×%5)</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: labels are not taken for digits.png</source>
        <translation>%1: für digits.png werden keine Labels angenommen</translation>
    </message>
    <message>
        <source>%1: a CSV of labels goes with a folder of images, not with %2</source>
        <translation>%1: eine Label-CSV gehört zu einem Bildordner, nicht zu %2</translation>
    </message>
    <message>
        <source>%1 holds several IDX image files (%2); name one</source>
        <translation>%1 enthält mehrere IDX-Bilddateien (%2); nennen Sie eine</translation>
    </message>
    <message>
        <source>%1: labels for a folder of images must be a .csv file</source>
        <translation>%1: Labels für einen Bildordner müssen eine .csv-Datei sein</translation>
    </message>
    <message>
        <source>evaluation cancelled</source>
        <translation>Bewertung abgebrochen</translation>
    </message>
    <message>
        <source>%1, sample %2: %3</source>
        <translation>%1, Sample %2: %3</translation>
    </message>
    <message>
        <source>%1 has no labels, so there is no accuracy to measure (give labels, or a reference model to measure agreement with)</source>
        <translation>%1 hat keine Labels, daher gibt es keine Genauigkeit zu messen (geben Sie Labels an oder ein Referenzmodell, um die Übereinstimmung zu messen)</translation>
    </message>
    <message>
        <source>%1 has no labels and no reference model is given: nothing to measure</source>
        <translation>%1 hat keine Labels und es ist kein Referenzmodell angegeben: nichts zu messen</translation>
    </message>
    <message>
        <source>the batch size must be at least 1</source>
        <translation>die Batch-Größe muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>%1 has no samples</source>
        <translation>%1 hat keine Samples</translation>
    </message>
    <message>
        <source>the reference %1 takes other input than %2</source>
        <translation>die Referenz %1 nimmt eine andere Eingabe als %2</translation>
    </message>
    <message>
        <source>%1 has no outputs</source>
        <translation>%1 hat keine Ausgaben</translation>
    </message>
    <message>
        <source>%1 has %2 classes, but %3 gives %4 scores per image</source>
        <translation>%1 hat %2 Klassen, aber %3 liefert %4 Scores pro Bild</translation>
    </message>
    <message>
        <source>%1 against %2: %3</source>
        <translation>%1 gegen %2: %3</translation>
    </message>
    <message>
        <source>latency needs at least 1 timed run and no negative warm-up</source>
        <translation>die Latenz braucht mindestens einen gemessenen Lauf und kein negatives Aufwärmen</translation>
    </message>
    <message>
        <source>latency measurement cancelled</source>
        <translation>Latenzmessung abgebrochen</translation>
    </message>
    <message>
        <source>%1 has no batch dimension</source>
        <translation>%1 hat keine Batch-Dimension</translation>
    </message>
    <message>
        <source>%1 rows of scores for %2 labels</source>
        <translation>%1 Score-Zeilen für %2 Labels</translation>
    </message>
    <message>
        <source>the model gave %1 scores per sample, then %2</source>
        <translation>das Modell lieferte %1 Scores pro Sample, dann %2</translation>
    </message>
    <message>
        <source>the reference gives %1 outputs, the model %2</source>
        <translation>die Referenz liefert %1 Ausgaben, das Modell %2</translation>
    </message>
    <message>
        <source>output %1: the reference gives %2×%3 values, the model %4×%5</source>
        <translation>Ausgabe %1: die Referenz liefert %2×%3 Werte, das Modell %4×%5</translation>
    </message>
    <message>
        <source>the outputs disagree on the batch size</source>
        <translation>die Ausgaben sind sich über die Batch-Größe uneinig</translation>
    </message>
    <message>
        <source>unknown runtime</source>
        <translation>unbekannte Laufzeit</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; is empty</source>
        <translation>%1: Eingabe „%2“ ist leer</translation>
    </message>
    <message>
        <source>%1 cannot run %2: %3</source>
        <translation>%1 kann %2 nicht ausführen: %3</translation>
    </message>
    <message>
        <source>%1 on %2: output &apos;%3&apos; has no batch dimension, so a batch of %4 cannot be run one sample at a time</source>
        <translation>%1 auf %2: Ausgabe „%3“ hat keine Batch-Dimension, daher kann ein Batch von %4 nicht Sample für Sample ausgeführt werden</translation>
    </message>
    <message>
        <source>%1 on %2: the samples of a batch gave outputs of different shapes</source>
        <translation>%1 auf %2: die Samples eines Batches lieferten Ausgaben verschiedener Form</translation>
    </message>
    <message>
        <source>%1 cannot run %2 on an input of %3: %4</source>
        <translation>%1 kann %2 nicht mit einer Eingabe von %3 ausführen: %4</translation>
    </message>
    <message>
        <source>%1 cannot run %2 on an input of %3: %4 node &apos;%5&apos; (OpenCV layer %6): %7</source>
        <translation>%1 kann %2 nicht mit einer Eingabe von %3 ausführen: %4-Knoten „%5“ (OpenCV-Schicht %6): %7</translation>
    </message>
    <message>
        <source>expected %1, but %2 is %3</source>
        <translation>%1 erwartet, aber %2 ist %3</translation>
    </message>
    <message>
        <source>assertion failed: %1</source>
        <translation>Zusicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 could not be serialized for %2</source>
        <translation>%1 konnte für %2 nicht serialisiert werden</translation>
    </message>
    <message>
        <source>%1 imported nothing from %2</source>
        <translation>%1 hat nichts aus %2 importiert</translation>
    </message>
    <message>
        <source> (output &apos;%1&apos;)</source>
        <translation> (Ausgabe „%1“)</translation>
    </message>
    <message>
        <source>%1 cannot import %2: %3 node %4: %5</source>
        <translation>%1 kann %2 nicht importieren: %3-Knoten %4: %5</translation>
    </message>
    <message>
        <source>%1 cannot import %2: %3</source>
        <translation>%1 kann %2 nicht importieren: %3</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>must be [width, height], whole numbers from 1 to 65536</source>
        <translation>muss [Breite, Höhe] sein, ganze Zahlen von 1 bis 65536</translation>
    </message>
    <message>
        <source>must be an array of 3 numbers</source>
        <translation>muss ein Array aus 3 Zahlen sein</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 65536</source>
        <translation>muss eine ganze Zahl von 1 bis 65536 sein</translation>
    </message>
    <message>
        <source>must be rgb, bgr or gray</source>
        <translation>muss rgb, bgr oder gray sein</translation>
    </message>
    <message>
        <source>must be a number other than 0</source>
        <translation>muss eine Zahl ungleich 0 sein</translation>
    </message>
    <message>
        <source>must not contain 0</source>
        <translation>darf keine 0 enthalten</translation>
    </message>
    <message>
        <source>must be nchw or nhwc</source>
        <translation>muss nchw oder nhwc sein</translation>
    </message>
    <message>
        <source>unknown key; known: resize, resize_shorter_side, centre_crop, channels, scale, mean, std, layout</source>
        <translation>unbekannter Schlüssel; bekannt: resize, resize_shorter_side, centre_crop, channels, scale, mean, std, layout</translation>
    </message>
    <message>
        <source>%1: resize and resize_shorter_side exclude each other</source>
        <translation>%1: resize und resize_shorter_side schließen einander aus</translation>
    </message>
    <message>
        <source>resize shorter side to %1</source>
        <translation>kürzere Seite auf %1 skalieren</translation>
    </message>
    <message>
        <source>resize to %1×%2</source>
        <translation>auf %1×%2 skalieren</translation>
    </message>
    <message>
        <source>centre crop %1×%2</source>
        <translation>mittig auf %1×%2 zuschneiden</translation>
    </message>
    <message>
        <source>scale %1</source>
        <translation>Skalierung %1</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <source>std %1</source>
        <translation>Std.-Abw. %1</translation>
    </message>
    <message>
        <source>%1 takes %2 inputs (%3); evaluation feeds one image input</source>
        <translation>%1 nimmt %2 Eingaben (%3); die Bewertung speist eine Bildeingabe</translation>
    </message>
    <message>
        <source>%1 is not float32; images are fed as float32</source>
        <translation>%1 ist nicht float32; Bilder werden als float32 eingespeist</translation>
    </message>
    <message>
        <source>%1 is not an image input: N×C×H×W or N×H×W×C is needed</source>
        <translation>%1 ist keine Bildeingabe: N×C×H×W oder N×H×W×C wird benötigt</translation>
    </message>
    <message>
        <source>%1 takes %2 channels; images give 1 (gray) or 3 (colour)</source>
        <translation>%1 nimmt %2 Kanäle; Bilder liefern 1 (grau) oder 3 (Farbe)</translation>
    </message>
    <message>
        <source>%1 has no channel dimension of 1 or 3 in place 2 (NCHW) or 4 (NHWC)</source>
        <translation>%1 hat keine Kanaldimension von 1 oder 3 an Stelle 2 (NCHW) oder 4 (NHWC)</translation>
    </message>
    <message>
        <source>%1 has a symbolic height or width and the images have no single size to take</source>
        <translation>%1 hat eine symbolische Höhe oder Breite und die Bilder haben keine einheitliche Größe</translation>
    </message>
    <message>
        <source>%1 is larger than Whittle feeds</source>
        <translation>%1 ist größer, als Whittle einspeist</translation>
    </message>
    <message>
        <source>the preprocessing makes %1 channel(s), input &apos;%2&apos; takes %3</source>
        <translation>die Vorverarbeitung erzeugt %1 Kanal/Kanäle, Eingabe „%2“ nimmt %3</translation>
    </message>
    <message>
        <source>the preprocessing lays images out as %1, input &apos;%2&apos; is %3</source>
        <translation>die Vorverarbeitung legt Bilder als %1 an, Eingabe „%2“ ist %3</translation>
    </message>
    <message>
        <source>the preprocessing&apos;s std has a 0</source>
        <translation>die Std.-Abw. der Vorverarbeitung enthält eine 0</translation>
    </message>
    <message>
        <source>image %1 is not 8-bit gray or BGR</source>
        <translation>Bild %1 ist nicht 8-Bit-Grau oder BGR</translation>
    </message>
    <message>
        <source>image %1 is %2×%3 after resizing, smaller than the %4×%5 crop</source>
        <translation>Bild %1 ist nach dem Skalieren %2×%3, kleiner als der Zuschnitt %4×%5</translation>
    </message>
    <message>
        <source>image %1 is %2×%3 after preprocessing; input &apos;%4&apos; takes %5×%6</source>
        <translation>Bild %1 ist nach der Vorverarbeitung %2×%3; Eingabe „%4“ nimmt %5×%6</translation>
    </message>
    <message>
        <source>--%1 must be a number above 0</source>
        <translation>--%1 muss eine Zahl größer 0 sein</translation>
    </message>
    <message>
        <source>sparsity %1</source>
        <translation>Sparsity %1</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>the original model</source>
        <translation>das ursprüngliche Modell</translation>
    </message>
    <message>
        <source>Search per-layer sparsity and bits for a latency or size budget on a device with at most a given accuracy drop: sensitivity analysis, a greedy search on the estimate, then plans verified by evaluation. Prints every evaluated plan and the best valid one.</source>
        <translation>Sparsity und Bits pro Schicht für ein Latenz- oder Größenbudget auf einem Gerät suchen, mit höchstens einem gegebenen Genauigkeitsverlust: Sensitivitätsanalyse, eine gierige Suche auf der Schätzung, dann durch Bewertung geprüfte Pläne. Gibt jeden bewerteten Plan und den besten gültigen aus.</translation>
    </message>
    <message>
        <source>Hardware profile (required).</source>
        <translation>Hardwareprofil (erforderlich).</translation>
    </message>
    <message>
        <source>Budget: estimated latency on the profile, in ms.</source>
        <translation>Budget: geschätzte Latenz auf dem Profil, in ms.</translation>
    </message>
    <message>
        <source>Budget: weight size of the exported model, in KB (1,000 bytes).</source>
        <translation>Budget: Gewichtsgröße des exportierten Modells, in KB (1.000 Bytes).</translation>
    </message>
    <message>
        <source>Budget: weight size as a share of the original&apos;s, 0–1.</source>
        <translation>Budget: Gewichtsgröße als Anteil der ursprünglichen, 0–1.</translation>
    </message>
    <message>
        <source>Largest accuracy drop allowed, in percentage points (required).</source>
        <translation>Größter erlaubter Genauigkeitsverlust, in Prozentpunkten (erforderlich).</translation>
    </message>
    <message>
        <source>Plans to verify by evaluation, at most (default 8).</source>
        <translation>Höchstzahl der durch Bewertung zu prüfenden Pläne (Standard 8).</translation>
    </message>
    <message>
        <source>Write the best valid plan (replays with optimize --plan).</source>
        <translation>Den besten gültigen Plan schreiben (wiederholbar mit optimize --plan).</translation>
    </message>
    <message>
        <source>Write the model with the best valid plan applied (QDQ).</source>
        <translation>Das Modell mit dem besten gültigen Plan schreiben (QDQ).</translation>
    </message>
    <message>
        <source>auto needs --dataset PATH (see --help)</source>
        <translation>auto braucht --dataset PFAD (siehe --help)</translation>
    </message>
    <message>
        <source>auto needs --profile ID (see whittle-cli profiles)</source>
        <translation>auto braucht --profile ID (siehe whittle-cli profiles)</translation>
    </message>
    <message>
        <source>auto needs --max-drop POINTS</source>
        <translation>auto braucht --max-drop PUNKTE</translation>
    </message>
    <message>
        <source>auto needs exactly one of --latency-ms, --size-kb and --size-ratio</source>
        <translation>auto braucht genau eine von --latency-ms, --size-kb und --size-ratio</translation>
    </message>
    <message>
        <source>--size-ratio must be in (0, 1]</source>
        <translation>--size-ratio muss in (0, 1] liegen</translation>
    </message>
    <message>
        <source>--max-drop must be a number of points from 0 to 100</source>
        <translation>--max-drop muss eine Punktzahl von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>model      %1 on %2
</source>
        <translation>Modell     %1 auf %2
</translation>
    </message>
    <message>
        <source>original   %1 %2 %, %3 weight bytes, %4 ms
</source>
        <translation>Original   %1 %2 %, %3 Gewichts-Bytes, %4 ms
</translation>
    </message>
    <message>
        <source>result     %1
</source>
        <translation>Ergebnis   %1
</translation>
    </message>
    <message>
        <source>best plan  %1

</source>
        <translation>Optimum    %1

</translation>
    </message>
    <message>
        <source>  #  moves  %1  weight bytes  latency ms  predicted drop  drop  pareto
</source>
        <translation>  #  Schr.  %1    Gew.-Bytes   Latenz ms  progn. Verlust  Verl.  Pareto
</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <source>time       %1 s (sensitivity %2 s%3), %4 plans verified
</source>
        <translation>Zeit       %1 s (Sensitivität %2 s%3), %4 Pläne geprüft
</translation>
    </message>
    <message>
        <source>, from the cache</source>
        <translation>, aus dem Cache</translation>
    </message>
    <message>
        <source>plan       %1
</source>
        <translation>Plan       %1
</translation>
    </message>
    <message>
        <source>exported   %1 (%2 bytes)
</source>
        <translation>exportiert %1 (%2 Bytes)
</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>Models to measure (.onnx).</source>
        <translation>Zu messende Modelle (.onnx).</translation>
    </message>
    <message>
        <source>Profile for the &apos;before&apos; estimate and for the energy figures (default %1).</source>
        <translation>Profil für die „Vorher“-Schätzung und für die Energiewerte (Standard %1).</translation>
    </message>
    <message>
        <source>Timed runs per model, after %1 warm-up runs (default 10).</source>
        <translation>Gemessene Läufe pro Modell, nach %1 Aufwärmläufen (Standard 10).</translation>
    </message>
    <message>
        <source>Write the profile here (default %1).</source>
        <translation>Das Profil hierhin schreiben (Standard %1).</translation>
    </message>
    <message>
        <source>Measure and report, but write no profile.</source>
        <translation>Messen und berichten, aber kein Profil schreiben.</translation>
    </message>
    <message>
        <source>Replace --output even when it is not a profile this command wrote.</source>
        <translation>--output auch dann ersetzen, wenn es kein von diesem Befehl geschriebenes Profil ist.</translation>
    </message>
    <message>
        <source>%1 exists and is not a profile written by calibrate; choose another --output or pass --force</source>
        <translation>%1 existiert und ist kein von calibrate geschriebenes Profil; wählen Sie ein anderes --output oder geben Sie --force an</translation>
    </message>
    <message>
        <source>the fitted profile does not validate: %1</source>
        <translation>das angepasste Profil ist nicht gültig: %1</translation>
    </message>
    <message>
        <source>%1, %2 threads, median of %3 runs after %4 warm-up</source>
        <translation>%1, %2 Threads, Median von %3 Läufen nach %4 Aufwärmläufen</translation>
    </message>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>fp32 peak %1 GFLOP/s, copy bandwidth %2 GB/s</source>
        <translation>fp32-Spitze %1 GFLOP/s, Kopierbandbreite %2 GB/s</translation>
    </message>
    <message>
        <source>fitted</source>
        <translation>angepasst</translation>
    </message>
    <message>
        <source>peak %1 GFLOP/s, bandwidth %2 GB/s, overhead %3 µs per layer</source>
        <translation>Spitze %1 GFLOP/s, Bandbreite %2 GB/s, Overhead %3 µs pro Schicht</translation>
    </message>
    <message>
        <source>efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>* no compute-bound layer measured: kept from %1</source>
        <translation>* keine rechengebundene Schicht gemessen: aus %1 übernommen</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>layers within ±10 %</source>
        <translation>Schichten innerhalb ±10 %</translation>
    </message>
    <message>
        <source>models within ±10 %</source>
        <translation>Modelle innerhalb ±10 %</translation>
    </message>
    <message>
        <source>median error (layers / models)</source>
        <translation>Median-Fehler (Schichten / Modelle)</translation>
    </message>
    <message>
        <source>before (%1)</source>
        <translation>vorher (%1)</translation>
    </message>
    <message>
        <source>after (fitted on all)</source>
        <translation>nachher (an allen angepasst)</translation>
    </message>
    <message>
        <source>held out (leave one out)</source>
        <translation>zurückgehalten (Leave-one-out)</translation>
    </message>
    <message>
        <source>wrote</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>nicht geschrieben</translation>
    </message>
    <message>
        <source>--no-write</source>
        <translation>--no-write</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a number</source>
        <translation>--%1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>--%1 needs at least one number</source>
        <translation>--%1 braucht mindestens eine Zahl</translation>
    </message>
    <message>
        <source>search per-layer settings for a latency or size budget</source>
        <translation>Einstellungen pro Schicht für ein Latenz- oder Größenbudget suchen</translation>
    </message>
    <message>
        <source>measure this computer and fit its hardware profile</source>
        <translation>diesen Computer vermessen und sein Hardwareprofil anpassen</translation>
    </message>
    <message>
        <source>a model&apos;s latency and energy on every hardware profile</source>
        <translation>Latenz und Energie eines Modells auf jedem Hardwareprofil</translation>
    </message>
    <message>
        <source>one node: attributes, tensors, cost, weight histograms</source>
        <translation>ein Knoten: Attribute, Tensoren, Kosten, Gewichtshistogramme</translation>
    </message>
    <message>
        <source>accuracy per layer at each sparsity and bit width</source>
        <translation>Genauigkeit pro Schicht bei jeder Sparsity und Bitbreite</translation>
    </message>
    <message>
        <source>Output format: %1.</source>
        <translation>Ausgabeformat: %1.</translation>
    </message>
    <message>
        <source>no node &apos;%1&apos; in %2 (%3 nodes; &apos;whittle-cli inspect&apos; lists them, or give an index from 0)</source>
        <translation>kein Knoten „%1“ in %2 (%3 Knoten; „whittle-cli inspect“ listet sie auf, oder geben Sie einen Index ab 0 an)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(omitted)</source>
        <translation>(ausgelassen)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>from weight %1</source>
        <translation>aus Gewicht %1</translation>
    </message>
    <message>
        <source>constant, computed at load</source>
        <translation>konstant, beim Laden berechnet</translation>
    </message>
    <message>
        <source>Weight %1: %2 %3, %4 values</source>
        <translation>Gewicht %1: %2 %3, %4 Werte</translation>
    </message>
    <message>
        <source>min %1  max %2  mean %3  std %4  sparsity %5 % (%6 zeros)</source>
        <translation>min. %1  max. %2  Mittel %3  Std.-Abw. %4  Sparsity %5 % (%6 Nullen)</translation>
    </message>
    <message>
        <source>%1 values are NaN or infinite</source>
        <translation>%1 Werte sind NaN oder unendlich</translation>
    </message>
    <message>
        <source>histogram: %1 bins of width %2, each starting at the value shown</source>
        <translation>Histogramm: %1 Klassen der Breite %2, jede beginnend beim angezeigten Wert</translation>
    </message>
    <message>
        <source>Show one node of an ONNX model: its attributes, input and output tensors, what it costs, and the statistics and histogram of each of its weights.</source>
        <translation>Einen Knoten eines ONNX-Modells anzeigen: seine Attribute, Ein- und Ausgabetensoren, seine Kosten sowie Statistik und Histogramm jedes seiner Gewichte.</translation>
    </message>
    <message>
        <source>The .onnx file.</source>
        <translation>Die .onnx-Datei.</translation>
    </message>
    <message>
        <source>The node&apos;s name, or its index.</source>
        <translation>Der Name des Knotens oder sein Index.</translation>
    </message>
    <message>
        <source>Estimate the node&apos;s latency and energy on this hardware profile.</source>
        <translation>Latenz und Energie des Knotens auf diesem Hardwareprofil schätzen.</translation>
    </message>
    <message>
        <source>Histogram bins, 1 to 10000 (default 20).</source>
        <translation>Histogrammklassen, 1 bis 10000 (Standard 20).</translation>
    </message>
    <message>
        <source>node needs a model file and a node name (see --help)</source>
        <translation>node braucht eine Modelldatei und einen Knotennamen (siehe --help)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use text or json</source>
        <translation>unbekanntes Format „%1“; verwenden Sie text oder json</translation>
    </message>
    <message>
        <source>--bins %1: expected a whole number from 1 to 10000</source>
        <translation>--bins %1: ganze Zahl von 1 bis 10000 erwartet</translation>
    </message>
    <message>
        <source>in graph &apos;%1&apos;</source>
        <translation>in Graph „%1“</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>Attribute:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>Ausgaben:</translation>
    </message>
    <message>
        <source>Cost on %1:</source>
        <translation>Kosten auf %1:</translation>
    </message>
    <message>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <source>params %1 (%2)  MACs %3  FLOPs %4</source>
        <translation>Parameter %1 (%2)  MACs %3  FLOPs %4</translation>
    </message>
    <message>
        <source>latency %1 (compute %2, memory %3; %4-bound)  energy %5</source>
        <translation>Latenz %1 (Rechnen %2, Speicher %3; begrenzt durch %4)  Energie %5</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Estimate a model on every hardware profile: total latency, energy, whether it fits the device&apos;s memories, and how much of the latency each bound accounts for.</source>
        <translation>Ein Modell auf jedem Hardwareprofil schätzen: Gesamtlatenz, Energie, ob es in die Speicher des Geräts passt und welchen Anteil der Latenz jede Begrenzung ausmacht.</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>compute / memory / overhead-bound share of latency</source>
        <translation>Latenzanteil rechen- / speicher- / overheadgebunden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>--sparsities: %1 is outside (0, 0.99]</source>
        <translation>--sparsities: %1 liegt außerhalb von (0, 0.99]</translation>
    </message>
    <message>
        <source>--bits: %1 is not a width Whittle quantizes to (2 to 8, or 16)</source>
        <translation>--bits: %1 ist keine Breite, auf die Whittle quantisiert (2 bis 8 oder 16)</translation>
    </message>
    <message>
        <source>nothing to try: both grids are empty</source>
        <translation>nichts zu versuchen: beide Raster sind leer</translation>
    </message>
    <message>
        <source>Sparsities to try on each layer, comma-separated (default 0.25,0.5,0.75,0.9,0.95; 0 for none).</source>
        <translation>Auf jeder Schicht zu versuchende Sparsities, durch Kommas getrennt (Standard 0.25,0.5,0.75,0.9,0.95; 0 für keine).</translation>
    </message>
    <message>
        <source>Weight bits to try on each layer, comma-separated (default 8,6,4,3,2; 32 for none).</source>
        <translation>Auf jeder Schicht zu versuchende Gewichtsbits, durch Kommas getrennt (Standard 8,6,4,3,2; 32 für keine).</translation>
    </message>
    <message>
        <source>Neither read nor write the sensitivity cache.</source>
        <translation>Den Sensitivitäts-Cache weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>Per layer, the accuracy (or agreement with the original, without labels) at each sparsity and each bit width, the rest of the model untouched; with the size and latency each setting saves by the estimate. Results are cached.</source>
        <translation>Pro Schicht die Genauigkeit (oder ohne Labels die Übereinstimmung mit dem Original) bei jeder Sparsity und jeder Bitbreite, der Rest des Modells unverändert; dazu die laut Schätzung von jeder Einstellung eingesparte Größe und Latenz. Ergebnisse werden zwischengespeichert.</translation>
    </message>
    <message>
        <source>The .onnx file to analyze.</source>
        <translation>Die zu analysierende .onnx-Datei.</translation>
    </message>
    <message>
        <source>Hardware profile for the latency savings (default laptop-avx2).</source>
        <translation>Hardwareprofil für die Latenzeinsparungen (Standard laptop-avx2).</translation>
    </message>
    <message>
        <source>sensitivity needs --dataset PATH (see --help)</source>
        <translation>sensitivity braucht --dataset PFAD (siehe --help)</translation>
    </message>
    <message>
        <source>model     %1
</source>
        <translation>Modell    %1
</translation>
    </message>
    <message>
        <source>dataset   %1
</source>
        <translation>Datensatz %1
</translation>
    </message>
    <message>
        <source>metric    %1 %2 % on %3 samples, unmodified
</source>
        <translation>Metrik    %1 %2 % auf %3 Samples, unverändert
</translation>
    </message>
    <message>
        <source>cells     %1 in % with one layer changed; below, what the setting saves by the estimate: weight bytes (QDQ export) and µs on %2

</source>
        <translation>Zellen    %1 in % mit einer geänderten Schicht; darunter, was die Einstellung laut Schätzung einspart: Gewichts-Bytes (QDQ-Export) und µs auf %2

</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>−bytes</source>
        <translation>−Bytes</translation>
    </message>
    <message>
        <source>−µs</source>
        <translation>−µs</translation>
    </message>
    <message>
        <source>time      %1 s (from the cache)
</source>
        <translation>Zeit      %1 s (aus dem Cache)
</translation>
    </message>
    <message>
        <source>time      %1 s, %2 evaluations, %3 at once
</source>
        <translation>Zeit      %1 s, %2 Bewertungen, %3 gleichzeitig
</translation>
    </message>
    <message>
        <source>the graph layout was cancelled</source>
        <translation>das Graph-Layout wurde abgebrochen</translation>
    </message>
    <message>
        <source>it holds strings, not numbers</source>
        <translation>es enthält Zeichenketten, keine Zahlen</translation>
    </message>
    <message>
        <source>complex values have no histogram</source>
        <translation>komplexe Werte haben kein Histogramm</translation>
    </message>
    <message>
        <source>8-bit float values cannot be read yet</source>
        <translation>8-Bit-Gleitkommawerte können noch nicht gelesen werden</translation>
    </message>
    <message>
        <source>its element type is unknown</source>
        <translation>sein Elementtyp ist unbekannt</translation>
    </message>
    <message>
        <source>element type %1 cannot be read</source>
        <translation>Elementtyp %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it holds %1 bytes for %2 values</source>
        <translation>es enthält %1 Bytes für %2 Werte</translation>
    </message>
    <message>
        <source>its values are not available</source>
        <translation>seine Werte sind nicht verfügbar</translation>
    </message>
    <message>
        <source>it holds %1 values instead of %2</source>
        <translation>es enthält %1 Werte statt %2</translation>
    </message>
    <message>
        <source>, … (%1 values)</source>
        <translation>, … (%1 Werte)</translation>
    </message>
    <message>
        <source>graph &apos;%1&apos; (1 node)</source>
        <translation>Graph „%1“ (1 Knoten)</translation>
    </message>
    <message>
        <source>graph &apos;%1&apos; (%2 nodes)</source>
        <translation>Graph „%1“ (%2 Knoten)</translation>
    </message>
    <message>
        <source>sparse, dims %1</source>
        <translation>dünnbesetzt, Dimensionen %1</translation>
    </message>
    <message>
        <source>(non-tensor type)</source>
        <translation>(kein Tensortyp)</translation>
    </message>
    <message>
        <source>(attribute type %1)</source>
        <translation>(Attributtyp %1)</translation>
    </message>
    <message>
        <source>refers to &apos;%1&apos;</source>
        <translation>verweist auf „%1“</translation>
    </message>
    <message>
        <source>no tensor number %1 in the model</source>
        <translation>kein Tensor Nummer %1 im Modell</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weight: its values are only known at run time</source>
        <translation>„%1“ ist kein Gewicht: seine Werte sind erst zur Laufzeit bekannt</translation>
    </message>
    <message>
        <source>weight &apos;%1&apos; (%2): %3</source>
        <translation>Gewicht „%1“ (%2): %3</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>%1 timed layers of %2 models (%3), %4</source>
        <translation>%1 gemessene Schichten aus %2 Modellen (%3), %4</translation>
    </message>
    <message>
        <source> Raised ×%1 to %2, the fitted throughput of the fastest op class, which beat the GEMM (e.g. Winograd 3×3 convolutions do fewer multiplications than the direct count), so that efficiencies stay in (0, 1].</source>
        <translation> Um ×%1 auf %2 angehoben, den angepassten Durchsatz der schnellsten Op-Klasse, die das GEMM übertraf (z. B. brauchen Winograd-3×3-Faltungen weniger Multiplikationen als direkt gezählt), damit die Effizienzen in (0, 1] bleiben.</translation>
    </message>
    <message>
        <source>Fitted by least squares: the effective bandwidth of the memory-bound layers of %1 (small activations stay in cache, so it can exceed a DRAM copy). For reference, %2</source>
        <translation>Mit kleinsten Quadraten angepasst: die effektive Bandbreite der speichergebundenen Schichten von %1 (kleine Aktivierungen bleiben im Cache, daher kann sie eine DRAM-Kopie übertreffen). Zum Vergleich: %2</translation>
    </message>
    <message>
        <source>Fitted by least squares: the fixed time per layer on %1.</source>
        <translation>Mit kleinsten Quadraten angepasst: die feste Zeit pro Schicht auf %1.</translation>
    </message>
    <message>
        <source>Fitted by least squares (relative errors, layers and whole models weighed equally) on %1, as shares of the fp32 peak.</source>
        <translation>Mit kleinsten Quadraten angepasst (relative Fehler, Schichten und ganze Modelle gleich gewichtet) auf %1, als Anteile der fp32-Spitze.</translation>
    </message>
    <message>
        <source> No compute-bound layer measured for %1: kept from base profile &apos;%2&apos; as a share of the measured peak.</source>
        <translation> Keine rechengebundene Schicht für %1 gemessen: aus dem Basisprofil „%2“ als Anteil der gemessenen Spitze übernommen.</translation>
    </message>
    <message>
        <source>Not measured: copied from base profile &apos;%1&apos;.</source>
        <translation>Nicht gemessen: aus dem Basisprofil „%1“ kopiert.</translation>
    </message>
    <message>
        <source>This machine as its runtime runs models: figures %1, fitted starting from base profile &apos;%2&apos;. The runtime computes in fp32, so every type uses the fp32 peak.</source>
        <translation>Diese Maschine, so wie ihre Laufzeit Modelle ausführt: Werte %1, angepasst ausgehend vom Basisprofil „%2“. Die Laufzeit rechnet in fp32, daher verwendet jeder Typ die fp32-Spitze.</translation>
    </message>
    <message>
        <source>Calibrated for OpenCV DNN, which has no sparse kernels: zeros are not skipped.</source>
        <translation>Für OpenCV DNN kalibriert, das keine Sparse-Kernel hat: Nullen werden nicht übersprungen.</translation>
    </message>
    <message>
        <source>calibration needs the machine&apos;s measured fp32 peak, got %1 FLOP/s</source>
        <translation>die Kalibrierung braucht die gemessene fp32-Spitze der Maschine, erhalten %1 FLOP/s</translation>
    </message>
    <message>
        <source>calibration needs the machine&apos;s measured memory bandwidth, got %1 B/s</source>
        <translation>die Kalibrierung braucht die gemessene Speicherbandbreite der Maschine, erhalten %1 B/s</translation>
    </message>
    <message>
        <source>calibration needs at least one measured model</source>
        <translation>die Kalibrierung braucht mindestens ein gemessenes Modell</translation>
    </message>
    <message>
        <source>%1: measured time %2 s is not a time</source>
        <translation>%1: die gemessene Zeit %2 s ist keine Zeit</translation>
    </message>
    <message>
        <source>%1, node &apos;%2&apos;: measured time %3 s is not a time</source>
        <translation>%1, Knoten „%2“: die gemessene Zeit %3 s ist keine Zeit</translation>
    </message>
    <message>
        <source>%1, node &apos;%2&apos;: negative or infinite FLOPs or bytes</source>
        <translation>%1, Knoten „%2“: negative oder unendliche FLOPs oder Bytes</translation>
    </message>
    <message>
        <source>calibration needs at least one timed layer that the estimator prices; the %1 measured models have none</source>
        <translation>die Kalibrierung braucht mindestens eine gemessene Schicht, die der Schätzer bewertet; die %1 gemessenen Modelle haben keine</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n sparse initializer(s), which Whittle does not count yet</source>
        <translation>
            <numerusform>%1 hat %n dünnbesetzten Initializer, den Whittle noch nicht zählt</numerusform>
            <numerusform>%1 hat %n dünnbesetzte Initializer, die Whittle noch nicht zählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute constant subgraphs once and store them as initializers</source>
        <translation>Konstante Untergraphen einmal berechnen und als Initializer speichern</translation>
    </message>
    <message>
        <source>Remove Identity and inference-time Dropout nodes</source>
        <translation>Identity- und zur Inferenz wirkungslose Dropout-Knoten entfernen</translation>
    </message>
    <message>
        <source>Fold BatchNormalization into the preceding Conv, ConvTranspose or Gemm</source>
        <translation>BatchNormalization in das vorangehende Conv, ConvTranspose oder Gemm falten</translation>
    </message>
    <message>
        <source>Remove nodes and initializers no graph output depends on</source>
        <translation>Knoten und Initializer entfernen, von denen keine Graphausgabe abhängt</translation>
    </message>
    <message>
        <source>its output is a graph output</source>
        <translation>seine Ausgabe ist eine Graphausgabe</translation>
    </message>
    <message>
        <source>its output is read inside a subgraph</source>
        <translation>seine Ausgabe wird in einem Untergraphen gelesen</translation>
    </message>
    <message>
        <source>its channels reach the %1 node &apos;%2&apos;</source>
        <translation>seine Kanäle erreichen den %1-Knoten „%2“</translation>
    </message>
    <message>
        <source>%1: structured pruning is not estimated, %2</source>
        <translation>%1: strukturiertes Pruning wird nicht geschätzt, %2</translation>
    </message>
    <message>
        <source>%1: the rank keeping %2 % of the energy is not estimated</source>
        <translation>%1: der Rang, der %2 % der Energie behält, wird nicht geschätzt</translation>
    </message>
    <message>
        <source>one global magnitude threshold: each layer is credited the global sparsity</source>
        <translation>ein globaler Betragsschwellwert: jeder Schicht wird die globale Sparsity angerechnet</translation>
    </message>
    <message numerus="yes">
        <source>one threshold across %n layer(s): |w| ≤ %1 pruned</source>
        <translation>
            <numerusform>ein Schwellwert über %n Schicht: |w| ≤ %1 ausgedünnt</numerusform>
            <numerusform>ein Schwellwert über %n Schichten: |w| ≤ %1 ausgedünnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>calibration sample %1 has %2 inputs; the model takes %n</source>
        <translation>
            <numerusform>Kalibrierungs-Sample %1 hat %2 Eingaben; das Modell nimmt %n</numerusform>
            <numerusform>Kalibrierungs-Sample %1 hat %2 Eingaben; das Modell nimmt %n</numerusform>
        </translation>
    </message>
    <message>
        <source>auto-optimize was cancelled</source>
        <translation>die automatische Optimierung wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>auto-optimize needs a model</source>
        <translation>die automatische Optimierung braucht ein Modell</translation>
    </message>
    <message>
        <source>auto-optimize needs exactly one budget: a latency, a size or a size ratio</source>
        <translation>die automatische Optimierung braucht genau ein Budget: eine Latenz, eine Größe oder ein Größenverhältnis</translation>
    </message>
    <message>
        <source>the latency budget must be more than 0 ms</source>
        <translation>das Latenzbudget muss größer als 0 ms sein</translation>
    </message>
    <message>
        <source>the size budget must be more than 0 bytes</source>
        <translation>das Größenbudget muss größer als 0 Bytes sein</translation>
    </message>
    <message>
        <source>the size ratio must be in (0, 1]</source>
        <translation>das Größenverhältnis muss in (0, 1] liegen</translation>
    </message>
    <message>
        <source>the maximum drop must be 0 to 100 points</source>
        <translation>der maximale Verlust muss 0 bis 100 Punkte betragen</translation>
    </message>
    <message>
        <source>auto-optimize needs at least one evaluation</source>
        <translation>die automatische Optimierung braucht mindestens eine Bewertung</translation>
    </message>
    <message>
        <source>no setting of the grids brings the estimate to the budget: the greedy path ends at %1</source>
        <translation>keine Einstellung der Raster bringt die Schätzung ins Budget: der gierige Pfad endet bei %1</translation>
    </message>
    <message>
        <source>target met: %1 ≤ %2 with a drop of %3 points (at most %4)</source>
        <translation>Ziel erreicht: %1 ≤ %2 bei einem Verlust von %3 Punkten (höchstens %4)</translation>
    </message>
    <message>
        <source>no plan of the grids reaches the budget</source>
        <translation>kein Plan der Raster erreicht das Budget</translation>
    </message>
    <message>
        <source>the plans that reach it drop more than %1 points</source>
        <translation>die Pläne, die es erreichen, verlieren mehr als %1 Punkte</translation>
    </message>
    <message>
        <source>target missed by %1 (%2 %): the best valid plan costs %3 against a budget of %4, with a drop of %5 points; %6</source>
        <translation>Ziel um %1 (%2 %) verfehlt: der beste gültige Plan kostet %3 bei einem Budget von %4, mit einem Verlust von %5 Punkten; %6</translation>
    </message>
    <message numerus="yes">
        <source>image folder %1: %n unlabelled image(s)</source>
        <translation>
            <numerusform>Bildordner %1: %n Bild ohne Label</numerusform>
            <numerusform>Bildordner %1: %n Bilder ohne Label</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in model %1 does not parse: %2</source>
        <translation>das eingebaute Modell %1 lässt sich nicht einlesen: %2</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; is not float32; calibration feeds random float inputs only</source>
        <translation>%1: Eingabe „%2“ ist nicht float32; die Kalibrierung speist nur zufällige Gleitkommaeingaben ein</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; has no known rank</source>
        <translation>%1: Eingabe „%2“ hat keinen bekannten Rang</translation>
    </message>
    <message>
        <source>%1 %2 GFLOP/s</source>
        <translation>%1 %2 GFLOP/s</translation>
    </message>
    <message>
        <source>the peak probe gave no layer times on %1</source>
        <translation>die Spitzenmessung lieferte keine Schichtzeiten auf %1</translation>
    </message>
    <message>
        <source>Measured by %1 on %2: the faster of a 1×1 Conv (512→512 channels, 32×32) and a 1024×1024×1024 MatMul on %3 with %4 threads, median of %5 runs (%6).</source>
        <translation>Gemessen von %1 auf %2: das schnellere von einem 1×1-Conv (512→512 Kanäle, 32×32) und einem 1024×1024×1024-MatMul auf %3 mit %4 Threads, Median von %5 Läufen (%6).</translation>
    </message>
    <message>
        <source>calibration cancelled</source>
        <translation>Kalibrierung abgebrochen</translation>
    </message>
    <message>
        <source>a copy of 64 MiB with %1 threads measured %2 GB/s (read and write counted; median of %3 copies; %4 on %5).</source>
        <translation>eine Kopie von 64 MiB mit %1 Threads ergab %2 GB/s (Lesen und Schreiben gezählt; Median von %3 Kopien; %4 auf %5).</translation>
    </message>
    <message>
        <source>Physical memory reported by the operating system (sysconf _SC_PHYS_PAGES × _SC_PAGE_SIZE) on %1.</source>
        <translation>Vom Betriebssystem gemeldeter physischer Speicher (sysconf _SC_PHYS_PAGES × _SC_PAGE_SIZE) auf %1.</translation>
    </message>
    <message>
        <source>Not known on this platform; 0 means unknown.</source>
        <translation>Auf dieser Plattform nicht bekannt; 0 bedeutet unbekannt.</translation>
    </message>
    <message>
        <source>Size of the file system holding the home folder (%1) on %2.</source>
        <translation>Größe des Dateisystems mit dem Home-Ordner (%1) auf %2.</translation>
    </message>
    <message>
        <source>Not known: the home folder&apos;s file system could not be read.</source>
        <translation>Nicht bekannt: das Dateisystem des Home-Ordners konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>calibration needs at least one model</source>
        <translation>die Kalibrierung braucht mindestens ein Modell</translation>
    </message>
    <message>
        <source>calibration needs at least 1 timed run per model and no negative warm-up</source>
        <translation>die Kalibrierung braucht mindestens einen gemessenen Lauf pro Modell und kein negatives Aufwärmen</translation>
    </message>
    <message>
        <source>measured by %1 on %2 with %3, %4 threads, median of %5 timed runs after %6 warm-up runs</source>
        <translation>gemessen von %1 auf %2 mit %3, %4 Threads, Median von %5 gemessenen Läufen nach %6 Aufwärmläufen</translation>
    </message>
    <message>
        <source>the scores</source>
        <translation>die Score-Ausgabe</translation>
    </message>
    <message>
        <source>a reference output</source>
        <translation>eine Referenzausgabe</translation>
    </message>
    <message>
        <source>an output</source>
        <translation>eine Ausgabe</translation>
    </message>
    <message numerus="yes">
        <source>%1 takes %n input(s), %2 given</source>
        <translation>
            <numerusform>%1 nimmt %n Eingabe, %2 angegeben</numerusform>
            <numerusform>%1 nimmt %n Eingaben, %2 angegeben</numerusform>
        </translation>
    </message>
    <message>
        <source>sensitivity analysis was cancelled</source>
        <translation>die Sensitivitätsanalyse wurde abgebrochen</translation>
    </message>
    <message>
        <source>sensitivity needs at least one sparsity or one bit width to try</source>
        <translation>die Sensitivitätsanalyse braucht mindestens eine Sparsity oder eine Bitbreite zum Ausprobieren</translation>
    </message>
    <message>
        <source>sparsity %1 is outside (0, 0.99]</source>
        <translation>Sparsity %1 liegt außerhalb von (0, 0.99]</translation>
    </message>
    <message>
        <source>no metric</source>
        <translation>keine Metrik</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>keine Basislinie</translation>
    </message>
    <message>
        <source>a layer without a name</source>
        <translation>eine Schicht ohne Namen</translation>
    </message>
    <message>
        <source>layer %1 does not match the grids</source>
        <translation>Schicht %1 passt nicht zu den Rastern</translation>
    </message>
    <message>
        <source>a metric out of range</source>
        <translation>eine Metrik außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>sensitivity analysis needs a model</source>
        <translation>die Sensitivitätsanalyse braucht ein Modell</translation>
    </message>
    <message>
        <source>%1 has no layer with a constant floating-point weight to prune or quantize</source>
        <translation>%1 hat keine Schicht mit konstantem Gleitkommagewicht zum Ausdünnen oder Quantisieren</translation>
    </message>
    <message>
        <source>read from the cache %1</source>
        <translation>aus dem Cache %1 gelesen</translation>
    </message>
    <message>
        <source>its layers are not the model&apos;s</source>
        <translation>seine Schichten sind nicht die des Modells</translation>
    </message>
    <message>
        <source>ignored the unreadable cache file %1: %2</source>
        <translation>die unlesbare Cache-Datei %1 wurde ignoriert: %2</translation>
    </message>
    <message>
        <source>saved in the cache %1</source>
        <translation>im Cache %1 gespeichert</translation>
    </message>
    <message>
        <source>unknown shape</source>
        <translation>unbekannte Form</translation>
    </message>
    <message>
        <source>unknown op</source>
        <translation>unbekannter Op</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>Rechnen</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Measure layers of real models on this computer with ONNX Runtime or OpenCV DNN (--runtime), fit the latency estimator&apos;s per-op-class efficiencies, per-layer overhead and bandwidth to them, and write a &quot;This computer&quot; hardware profile. Reports the estimator&apos;s error before and after. Without MODEL, uses the bundled sample and built-in synthetic models.</source>
        <translation>Schichten echter Modelle auf diesem Computer mit ONNX Runtime oder OpenCV DNN (--runtime) messen, die Effizienzen pro Op-Klasse, den Overhead pro Schicht und die Bandbreite des Latenzschätzers daran anpassen und ein Hardwareprofil „Dieser Computer“ schreiben. Meldet den Fehler des Schätzers vorher und nachher. Ohne MODELL werden das mitgelieferte Beispiel und eingebaute synthetische Modelle verwendet.</translation>
    </message>
    <message>
        <source>Threads for the runtime (default: all cores).</source>
        <translation>Threads für die Laufzeit (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>Run the model on this runtime: %1 (default %2).</source>
        <translation>Das Modell auf dieser Laufzeit ausführen: %1 (Standard %2).</translation>
    </message>
    <message>
        <source>--runtime: %1 is not built into this whittle-cli (available: %2)</source>
        <translation>--runtime: %1 ist in dieses whittle-cli nicht eingebaut (verfügbar: %2)</translation>
    </message>
    <message>
        <source>Run a model over a dataset on ONNX Runtime or OpenCV DNN: accuracy against labels, agreement with a reference model, and measured latency.</source>
        <translation>Ein Modell mit ONNX Runtime oder OpenCV DNN über einen Datensatz laufen lassen: Genauigkeit gegenüber den Labels, Übereinstimmung mit einem Referenzmodell und gemessene Latenz.</translation>
    </message>
    <message>
        <source>Also write a before/after report, per layer and in total: HTML (with charts), CSV or JSON, chosen by the file&apos;s extension.</source>
        <translation>Auch einen Vorher-nachher-Bericht schreiben, pro Schicht und insgesamt: HTML (mit Diagrammen), CSV oder JSON, je nach Dateiendung.</translation>
    </message>
    <message>
        <source>report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>List the hardware profiles: the bundled ones, those installed in %1 and yours in %2 (a later one replaces an earlier one with the same id).</source>
        <translation>Die Hardwareprofile auflisten: die mitgelieferten, die in %1 installierten und Ihre eigenen in %2 (ein späteres ersetzt ein früheres mit derselben id).</translation>
    </message>
    <message>
        <source>Evaluations run at once (default: one per core, the runtime single-threaded meanwhile).</source>
        <translation>Gleichzeitig laufende Bewertungen (Standard: eine pro Kern, die Laufzeit dabei einfädig).</translation>
    </message>
    <message>
        <source>The ONNX model or Whittle session (.whittle) to open. Without one, the bundled MNIST sample opens.</source>
        <translation>Das zu öffnende ONNX-Modell oder die zu öffnende Whittle-Sitzung (.whittle). Ohne Angabe wird das mitgelieferte MNIST-Beispiel geöffnet.</translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>Bewertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the reports were estimated on different profiles (%1, %2); latency and energy are not compared</source>
        <translation>die Berichte wurden auf verschiedenen Profilen geschätzt (%1, %2); Latenz und Energie werden nicht verglichen</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 is read-only</source>
        <translation>der Ordner %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk is full (%1 bytes needed, %2 free)</source>
        <translation>der Datenträger ist voll (%1 Bytes benötigt, %2 frei)</translation>
    </message>
    <message>
        <source>cannot write %1: %2; the previous file is unchanged</source>
        <translation>%1 kann nicht geschrieben werden: %2; die bisherige Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot write next to %1: %2</source>
        <translation>neben %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>unknown export form &apos;%1&apos;; use qdq, simulated or fp16</source>
        <translation>unbekannte Exportform „%1“; verwenden Sie qdq, simulated oder fp16</translation>
    </message>
    <message>
        <source>no model to export</source>
        <translation>kein Modell zum Exportieren</translation>
    </message>
    <message>
        <source>choose where to write the optimized model</source>
        <translation>wählen Sie, wohin das optimierte Modell geschrieben wird</translation>
    </message>
    <message>
        <source>%1 would overwrite a model; the plan and the report need file names of their own</source>
        <translation>%1 würde ein Modell überschreiben; Plan und Bericht brauchen eigene Dateinamen</translation>
    </message>
    <message>
        <source>the plan and the report are both set to %1</source>
        <translation>Plan und Bericht sind beide auf %1 gesetzt</translation>
    </message>
    <message>
        <source>%1 was written but does not load back: %2</source>
        <translation>%1 wurde geschrieben, lässt sich aber nicht wieder laden: %2</translation>
    </message>
    <message>
        <source>the model was written to %1, but the plan was not: %2</source>
        <translation>das Modell wurde nach %1 geschrieben, der Plan aber nicht: %2</translation>
    </message>
    <message>
        <source>the model was written to %1, but the report was not: %2</source>
        <translation>das Modell wurde nach %1 geschrieben, der Bericht aber nicht: %2</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>optimized</source>
        <translation>optimiert</translation>
    </message>
    <message>
        <source>Totals, optimized relative to the original</source>
        <translation>Summen, optimiert relativ zum Original</translation>
    </message>
    <message>
        <source>The chart shows the %1 costliest of %2 layers.</source>
        <translation>Das Diagramm zeigt die %1 teuersten von %2 Schichten.</translation>
    </message>
    <message>
        <source>Latency per layer</source>
        <translation>Latenz pro Schicht</translation>
    </message>
    <message>
        <source>MACs per layer</source>
        <translation>MACs pro Schicht</translation>
    </message>
    <message>
        <source>%1: a report is written as .html, .csv or .json; the extension says which</source>
        <translation>%1: ein Bericht wird als .html, .csv oder .json geschrieben; die Endung bestimmt das Format</translation>
    </message>
    <message>
        <source>Whittle optimization report: %1</source>
        <translation>Whittle-Optimierungsbericht: %1</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translation>Original: %1</translation>
    </message>
    <message>
        <source>Optimized: %1</source>
        <translation>Optimiert: %1</translation>
    </message>
    <message>
        <source>Estimated on: %1 (%2)</source>
        <translation>Geschätzt auf: %1 (%2)</translation>
    </message>
    <message>
        <source>Not estimated on a hardware profile: no latency or energy.</source>
        <translation>Nicht auf einem Hardwareprofil geschätzt: keine Latenz und keine Energie.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>%1 removed, %2 added</source>
        <translation>%1 entfernt, %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>What the plan did</source>
        <translation>Was der Plan bewirkt hat</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>refusing to write the plan over the input file %1; choose another file name</source>
        <translation>der Plan wird nicht über die Eingabedatei %1 geschrieben; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <source>cannot write %1: the plan does not read back (%2); the previous file is unchanged</source>
        <translation>%1 kann nicht geschrieben werden: der Plan lässt sich nicht wieder einlesen (%2); die bisherige Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>cannot write %1: the plan reads back differently; the previous file is unchanged</source>
        <translation>%1 kann nicht geschrieben werden: der wieder eingelesene Plan weicht ab; die bisherige Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos;: no such node or weight input</source>
        <translation>Schicht „%1“: kein solcher Knoten und keine solche Gewichtseingabe</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos;: its weight is not a stored constant</source>
        <translation>Schicht „%1“: ihr Gewicht ist keine gespeicherte Konstante</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos;: the values of weight &apos;%2&apos; cannot be read as floats</source>
        <translation>Schicht „%1“: die Werte des Gewichts „%2“ können nicht als Gleitkommazahlen gelesen werden</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos;: weight &apos;%2&apos; holds no values</source>
        <translation>Schicht „%1“: Gewicht „%2“ enthält keine Werte</translation>
    </message>
    <message>
        <source>low-rank factorization is not shown</source>
        <translation>die Faktorisierung mit niedrigem Rang wird nicht gezeigt</translation>
    </message>
    <message>
        <source>removed channels are left out; channels coupled to other layers may keep more</source>
        <translation>entfernte Kanäle sind weggelassen; an andere Schichten gekoppelte Kanäle können mehr behalten</translation>
    </message>
    <message>
        <source>structured pruning is not shown: the output channels are unknown</source>
        <translation>strukturiertes Pruning wird nicht gezeigt: die Ausgabekanäle sind unbekannt</translation>
    </message>
    <message>
        <source>%1 exists and is not a profile written by calibration; choose another file</source>
        <translation>%1 existiert und ist kein von der Kalibrierung geschriebenes Profil; wählen Sie eine andere Datei</translation>
    </message>
    <message>
        <source>%1: input &apos;%2&apos; is of %3, which Whittle cannot feed</source>
        <translation>%1: Eingabe „%2“ ist vom Typ %3, den Whittle nicht einspeisen kann</translation>
    </message>
    <message>
        <source>%1: output &apos;%2&apos; is not a tensor (a sequence or map), which Whittle cannot read</source>
        <translation>%1: Ausgabe „%2“ ist kein Tensor (sondern eine Sequenz oder Map); Whittle kann sie nicht lesen</translation>
    </message>
    <message>
        <source>%1: output &apos;%2&apos; is of %3, which Whittle cannot read</source>
        <translation>%1: Ausgabe „%2“ ist vom Typ %3, den Whittle nicht lesen kann</translation>
    </message>
    <message>
        <source>the ONNX Runtime library loaded (%1) does not provide API version %2, which Whittle was built against</source>
        <translation>die geladene ONNX-Runtime-Bibliothek (%1) bietet nicht die API-Version %2, gegen die Whittle gebaut wurde</translation>
    </message>
    <message>
        <source>%1 cannot load %2: %3</source>
        <translation>%1 kann %2 nicht laden: %3</translation>
    </message>
    <message>
        <source>%1 cannot run %2: this build of Whittle has no ONNX Runtime (configure with -DWHITTLE_ONNXRUNTIME_ROOT=..., see scripts/fetch-onnxruntime.sh)</source>
        <translation>%1 kann %2 nicht ausführen: dieser Build von Whittle enthält kein ONNX Runtime (konfigurieren Sie mit -DWHITTLE_ONNXRUNTIME_ROOT=..., siehe scripts/fetch-onnxruntime.sh)</translation>
    </message>
    <message>
        <source>%1: a session must be a JSON object</source>
        <translation>%1: eine Sitzung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be &quot;whittle-session&quot;</source>
        <translation>muss &quot;whittle-session&quot; sein</translation>
    </message>
    <message>
        <source>must be the model file&apos;s path (a non-empty string)</source>
        <translation>muss der Pfad der Modelldatei sein (eine nichtleere Zeichenkette)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be an object (a plan as whittle-cli reads it)</source>
        <translation>muss ein Objekt sein (ein Plan, wie whittle-cli ihn liest)</translation>
    </message>
    <message>
        <source>cannot save the session to %1: it does not read back (%2); the previous file is unchanged</source>
        <translation>die Sitzung kann nicht in %1 gespeichert werden: sie lässt sich nicht wieder einlesen (%2); die bisherige Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>cannot save the session to %1: it reads back differently; the previous file is unchanged</source>
        <translation>die Sitzung kann nicht in %1 gespeichert werden: die wieder eingelesene Sitzung weicht ab; die bisherige Datei bleibt unverändert</translation>
    </message>
    <message>
        <source>cannot open the session %1: %2</source>
        <translation>die Sitzung %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is too large for a session file</source>
        <translation>%1: %2 Bytes sind zu groß für eine Sitzungsdatei</translation>
    </message>
    <message>
        <source>%1: too large for a session file</source>
        <translation>%1: zu groß für eine Sitzungsdatei</translation>
    </message>
    <message>
        <source>cannot create the autosave folder %1</source>
        <translation>der Ordner %1 für das automatische Speichern kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the constant &apos;%1&apos; of shape %2 is larger than any real model; its elements are not counted</source>
        <translation>die Konstante „%1“ der Form %2 ist größer als jedes reale Modell; ihre Elemente werden nicht gezählt</translation>
    </message>
    <message>
        <source>--runtime: unknown runtime &apos;%1&apos;; known: %2</source>
        <translation>--runtime: unbekannte Laufzeit „%1“; bekannt: %2</translation>
    </message>
    <message>
        <source>the costs add up to more than 64 bits can count; the totals stop at %L1</source>
        <translation>die Kosten summieren sich über das hinaus, was 64 Bit zählen können; die Summen enden bei %L1</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the clauses of one message</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>en</source>
        <comment>the report&apos;s language, as an HTML lang tag</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>not cached: %1</source>
        <translation>nicht zwischengespeichert: %1</translation>
    </message>
</context>
<context>
    <name>whittle::AutoOptimizeDialog</name>
    <message>
        <source>Auto-optimize</source>
        <translation>Automatische Optimierung</translation>
    </message>
    <message>
        <source>The device whose estimated latency the search works on</source>
        <translation>Das Gerät, mit dessen geschätzter Latenz die Suche arbeitet</translation>
    </message>
    <message>
        <source>Estimated latency at most</source>
        <translation>Geschätzte Latenz höchstens</translation>
    </message>
    <message>
        <source>Weight size at most (KiB)</source>
        <translation>Gewichtsgröße höchstens (KiB)</translation>
    </message>
    <message>
        <source>Weight size at most (% of the original)</source>
        <translation>Gewichtsgröße höchstens (% des Originals)</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>How far the accuracy (or agreement with the original) may fall, in percentage points</source>
        <translation>Wie weit die Genauigkeit (oder die Übereinstimmung mit dem Original) fallen darf, in Prozentpunkten</translation>
    </message>
    <message>
        <source>all samples</source>
        <translation>alle Samples</translation>
    </message>
    <message>
        <source>Evaluate on the first samples of the dataset only: faster, noisier</source>
        <translation>Nur auf den ersten Samples des Datensatzes bewerten: schneller, aber ungenauer</translation>
    </message>
    <message>
        <source>Candidate plans applied and evaluated, at most</source>
        <translation>Höchstzahl der angewandten und bewerteten Kandidatenpläne</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>Maximum accuracy &amp;drop:</source>
        <translation>Maximaler Genauigkeits&amp;verlust:</translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation>&amp;Samples:</translation>
    </message>
    <message>
        <source>Plans to &amp;verify:</source>
        <translation>Zu &amp;prüfende Pläne:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Evaluate on the first samples of the dataset&apos;s %1 only: faster, noisier</source>
        <translation>Nur auf den ersten der %1 Samples des Datensatzes bewerten: schneller, aber ungenauer</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>On the chosen device, as the estimator predicts it.</source>
        <translation>Auf dem gewählten Gerät, wie der Schätzer sie vorhersagt.</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>The original&apos;s weights take %1.</source>
        <translation>Die Gewichte des Originals belegen %1.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Of the original&apos;s %1.</source>
        <translation>Bezogen auf die %1 des Originals.</translation>
    </message>
    <message>
        <source>There is no hardware profile to optimize for.</source>
        <translation>Es gibt kein Hardwareprofil, für das optimiert werden kann.</translation>
    </message>
    <message>
        <source>The budget must be greater than zero.</source>
        <translation>Das Budget muss größer als null sein.</translation>
    </message>
    <message>
        <source>A size budget of 100 % or more asks for nothing: choose less.</source>
        <translation>Ein Größenbudget von 100 % oder mehr verlangt nichts: wählen Sie weniger.</translation>
    </message>
</context>
<context>
    <name>whittle::AutoOptimizeRunner</name>
    <message>
        <source>Auto-optimize</source>
        <translation>Automatische Optimierung</translation>
    </message>
    <message>
        <source>Auto-optimize needs a model and a dataset</source>
        <translation>Die automatische Optimierung braucht ein Modell und einen Datensatz</translation>
    </message>
</context>
<context>
    <name>whittle::CalibrationRunner</name>
    <message>
        <source>Calibrating this computer</source>
        <translation>Dieser Computer wird kalibriert</translation>
    </message>
    <message>
        <source>%1 exists and is not a profile written by calibration; choose another file</source>
        <translation>%1 existiert und ist kein von der Kalibrierung geschriebenes Profil; wählen Sie eine andere Datei</translation>
    </message>
</context>
<context>
    <name>whittle::ChartsWidget</name>
    <message>
        <source>Latency per layer</source>
        <translation>Latenz pro Schicht</translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation>Roofline</translation>
    </message>
    <message>
        <source>By op type</source>
        <translation>Nach Op-Typ</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <source>Save the chart shown as PNG, SVG or PDF</source>
        <translation>Das angezeigte Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>compute time</source>
        <translation>Rechenzeit</translation>
    </message>
    <message>
        <source>memory time</source>
        <translation>Speicherzeit</translation>
    </message>
    <message>
        <source>latency (slower of the two + overhead)</source>
        <translation>Latenz (die langsamere der beiden + Overhead)</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>Zeit (ms)</translation>
    </message>
    <message>
        <source>Choose a hardware profile to estimate latencies.</source>
        <translation>Wählen Sie ein Hardwareprofil, um Latenzen zu schätzen.</translation>
    </message>
    <message>
        <source>No layer takes time on %1.</source>
        <translation>Keine Schicht braucht Zeit auf %1.</translation>
    </message>
    <message>
        <source>On %6: the %1 slowest of %2 layers, in graph order: %3 of the %4 total (%5 %). Drag or scroll to pan and zoom; click a bar to select its layer.</source>
        <translation>Auf %6: die %1 langsamsten von %2 Schichten, in Graphreihenfolge: %3 von insgesamt %4 (%5 %). Ziehen oder scrollen zum Verschieben und Zoomen; einen Balken anklicken, um seine Schicht auszuwählen.</translation>
    </message>
    <message>
        <source>On %3: all %1 layers, in graph order: %2 in total. Click a bar to select its layer.</source>
        <translation>Auf %3: alle %1 Schichten, in Graphreihenfolge: insgesamt %2. Einen Balken anklicken, um seine Schicht auszuwählen.</translation>
    </message>
    <message>
        <source>%1 peak %2</source>
        <translation>%1-Spitze %2</translation>
    </message>
    <message>
        <source>memory %1</source>
        <translation>Speicher %1</translation>
    </message>
    <message>
        <source>compute-bound layers</source>
        <translation>rechengebundene Schichten</translation>
    </message>
    <message>
        <source>memory-bound layers</source>
        <translation>speichergebundene Schichten</translation>
    </message>
    <message>
        <source>overhead-bound layers</source>
        <translation>overheadgebundene Schichten</translation>
    </message>
    <message>
        <source>Roofline (no profile chosen)</source>
        <translation>Roofline (kein Profil gewählt)</translation>
    </message>
    <message>
        <source>Roofline on %1</source>
        <translation>Roofline auf %1</translation>
    </message>
    <message>
        <source>arithmetic intensity (FLOP/byte)</source>
        <translation>arithmetische Intensität (FLOP/Byte)</translation>
    </message>
    <message>
        <source>attained performance (FLOP/s)</source>
        <translation>erreichte Leistung (FLOP/s)</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>latency (not estimated)</source>
        <translation>Latenz (nicht geschätzt)</translation>
    </message>
    <message>
        <source>latency on %1 (ms)</source>
        <translation>Latenz auf %1 (ms)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Original vs optimized</source>
        <translation>Original vs. optimiert</translation>
    </message>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>optimized</source>
        <translation>optimiert</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>No optimization yet: change the plan to compare each layer&apos;s latency before and after.</source>
        <translation>Noch keine Optimierung: ändern Sie den Plan, um die Latenz jeder Schicht vorher und nachher zu vergleichen.</translation>
    </message>
    <message>
        <source>The optimized estimate is for another device than %1.</source>
        <translation>Die optimierte Schätzung gilt für ein anderes Gerät als %1.</translation>
    </message>
    <message>
        <source>On %1: %2 before, %3 after (%4 %). %5 of %6 layers shown, in graph order; click a bar to select its layer.</source>
        <translation>Auf %1: %2 vorher, %3 nachher (%4 %). %5 von %6 Schichten gezeigt, in Graphreihenfolge; einen Balken anklicken, um seine Schicht auszuwählen.</translation>
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
        <translation>entfernt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>%1 is not in the optimized model</source>
        <translation>%1 ist nicht im optimierten Modell</translation>
    </message>
    <message>
        <source>%1 is new in the optimized model</source>
        <translation>%1 ist neu im optimierten Modell</translation>
    </message>
    <message>
        <source>Not estimated on a hardware profile</source>
        <translation>Nicht auf einem Hardwareprofil geschätzt</translation>
    </message>
    <message>
        <source>(optimized − original) / original</source>
        <translation>(optimiert − Original) / Original</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Params (orig.)</source>
        <translation>Parameter (orig.)</translation>
    </message>
    <message>
        <source>Params (opt.)</source>
        <translation>Parameter (opt.)</translation>
    </message>
    <message>
        <source>Weights (orig.)</source>
        <translation>Gewichte (orig.)</translation>
    </message>
    <message>
        <source>Weights (opt.)</source>
        <translation>Gewichte (opt.)</translation>
    </message>
    <message>
        <source>Weights Δ</source>
        <translation>Gewichte Δ</translation>
    </message>
    <message>
        <source>MACs (orig.)</source>
        <translation>MACs (orig.)</translation>
    </message>
    <message>
        <source>MACs (opt.)</source>
        <translation>MACs (opt.)</translation>
    </message>
    <message>
        <source>MACs Δ</source>
        <translation>MACs Δ</translation>
    </message>
    <message>
        <source>Latency (orig.)</source>
        <translation>Latenz (orig.)</translation>
    </message>
    <message>
        <source>Latency (opt.)</source>
        <translation>Latenz (opt.)</translation>
    </message>
    <message>
        <source>Latency Δ</source>
        <translation>Latenz Δ</translation>
    </message>
    <message>
        <source>Energy (orig.)</source>
        <translation>Energie (orig.)</translation>
    </message>
    <message>
        <source>Energy (opt.)</source>
        <translation>Energie (opt.)</translation>
    </message>
    <message>
        <source>Energy Δ</source>
        <translation>Energie Δ</translation>
    </message>
</context>
<context>
    <name>whittle::ComparisonWidget</name>
    <message>
        <source>Change in parameters</source>
        <translation>Änderung der Parameter</translation>
    </message>
    <message>
        <source>Change in weight bytes</source>
        <translation>Änderung der Gewichts-Bytes</translation>
    </message>
    <message>
        <source>Change in MACs</source>
        <translation>Änderung der MACs</translation>
    </message>
    <message>
        <source>Change in latency</source>
        <translation>Änderung der Latenz</translation>
    </message>
    <message>
        <source>Change in energy</source>
        <translation>Änderung der Energie</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Optimized</source>
        <translation>Optimiert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Totals, original and optimized</source>
        <translation>Summen, original und optimiert</translation>
    </message>
    <message>
        <source>Filter layers by name or op</source>
        <translation>Schichten nach Name oder Op filtern</translation>
    </message>
    <message>
        <source>What the graph&apos;s difference heat map shows</source>
        <translation>Was die Differenz-Heatmap des Graphen zeigt</translation>
    </message>
    <message>
        <source>Heat map:</source>
        <translation>Heatmap:</translation>
    </message>
    <message>
        <source>Nothing to compare yet: optimize or export the model.</source>
        <translation>Noch nichts zu vergleichen: optimieren oder exportieren Sie das Modell.</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) compared</source>
        <translation>
            <numerusform>%n Schicht verglichen</numerusform>
            <numerusform>%n Schichten verglichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed and %2 added by the plan</source>
        <translation>%1 durch den Plan entfernt und %2 hinzugefügt</translation>
    </message>
    <message>
        <source>estimated on %1</source>
        <translation>geschätzt auf %1</translation>
    </message>
    <message>
        <source>not estimated on a hardware profile</source>
        <translation>nicht auf einem Hardwareprofil geschätzt</translation>
    </message>
</context>
<context>
    <name>whittle::ExportDialog</name>
    <message>
        <source>Export Optimized Model</source>
        <translation>Optimiertes Modell exportieren</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Eine Datei wählen</translation>
    </message>
    <message>
        <source>QDQ (int8 weights + DequantizeLinear)</source>
        <translation>QDQ (int8-Gewichte + DequantizeLinear)</translation>
    </message>
    <message>
        <source>Simulated (dequantized float32, runs anywhere)</source>
        <translation>Simuliert (dequantisiertes float32, läuft überall)</translation>
    </message>
    <message>
        <source>fp16 (float16 weights where the plan keeps 32 bits)</source>
        <translation>fp16 (float16-Gewichte, wo der Plan 32 Bit belässt)</translation>
    </message>
    <message>
        <source>Plan (JSON)</source>
        <translation>Plan (JSON)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>HTML (tables and charts)</source>
        <translation>HTML (Tabellen und Diagramme)</translation>
    </message>
    <message>
        <source>CSV (per layer)</source>
        <translation>CSV (pro Schicht)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Input model:</source>
        <translation>Eingabemodell:</translation>
    </message>
    <message>
        <source>Optimized model:</source>
        <translation>Optimiertes Modell:</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
    <message>
        <source>Form:</source>
        <translation>Exportform:</translation>
    </message>
    <message>
        <source>Plans (*.json)</source>
        <translation>Pläne (*.json)</translation>
    </message>
    <message>
        <source>Reports (*.html *.csv *.json)</source>
        <translation>Berichte (*.html *.csv *.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Choose where to write the optimized model.</source>
        <translation>Wählen Sie, wohin das optimierte Modell geschrieben wird.</translation>
    </message>
    <message>
        <source>Choose where to write the plan, or leave it out.</source>
        <translation>Wählen Sie, wohin der Plan geschrieben wird, oder lassen Sie ihn weg.</translation>
    </message>
    <message>
        <source>Choose where to write the report, or leave it out.</source>
        <translation>Wählen Sie, wohin der Bericht geschrieben wird, oder lassen Sie ihn weg.</translation>
    </message>
    <message>
        <source>The plan and the report need different file names.</source>
        <translation>Plan und Bericht brauchen verschiedene Dateinamen.</translation>
    </message>
    <message>
        <source>Overwrite the input model?</source>
        <translation>Eingabemodell überschreiben?</translation>
    </message>
    <message>
        <source>%1 is the model you opened. Writing the optimized model over it replaces the original for good.</source>
        <translation>%1 ist das Modell, das Sie geöffnet haben. Wenn Sie das optimierte Modell darüber schreiben, wird das Original endgültig ersetzt.</translation>
    </message>
    <message>
        <source>Choose another file name to keep the original.</source>
        <translation>Wählen Sie einen anderen Dateinamen, um das Original zu behalten.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Überschreiben</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>The plan would overwrite a model; give it a file name of its own.</source>
        <translation>Der Plan würde ein Modell überschreiben; geben Sie ihm einen eigenen Dateinamen.</translation>
    </message>
    <message>
        <source>The report would overwrite a model; give it a file name of its own.</source>
        <translation>Der Bericht würde ein Modell überschreiben; geben Sie ihm einen eigenen Dateinamen.</translation>
    </message>
</context>
<context>
    <name>whittle::GraphView</name>
    <message>
        <source>Conv, MatMul</source>
        <translation>Conv, MatMul</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>Pooling</translation>
    </message>
    <message>
        <source>Normalization</source>
        <translation>Normalisierung</translation>
    </message>
    <message>
        <source>Element-wise</source>
        <translation>Elementweise</translation>
    </message>
    <message>
        <source>Shape, data movement</source>
        <translation>Form, Datenbewegung</translation>
    </message>
    <message>
        <source>If, Loop, Scan</source>
        <translation>If, Loop, Scan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Input, output</source>
        <translation>Eingabe, Ausgabe</translation>
    </message>
    <message>
        <source>Op kind</source>
        <translation>Op-Art</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Activation memory</source>
        <translation>Aktivierungsspeicher</translation>
    </message>
    <message>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
    <message>
        <source>%1 %2 (double-click to collapse)</source>
        <translation>%1 %2 (Doppelklick zum Einklappen)</translation>
    </message>
    <message>
        <source>Latency on %1</source>
        <translation>Latenz auf %1</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>&amp;Färben nach:</translation>
    </message>
    <message>
        <source>Colour the nodes by the kind of their op, or as a heat map of a cost</source>
        <translation>Die Knoten nach der Art ihres Ops färben oder als Heatmap einer Kostengröße</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the graph into the window (Ctrl+0, F)</source>
        <translation>Den Graphen ins Fenster einpassen (Strg+0, F)</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <source>Find a node by name or op (Ctrl+F)</source>
        <translation>Einen Knoten nach Name oder Op suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find by name or op</source>
        <translation>Nach Name oder Op suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Inside %1: its costs are counted in that node</source>
        <translation>Innerhalb von %1: seine Kosten werden bei diesem Knoten gezählt</translation>
    </message>
    <message>
        <source>Inputs: %1</source>
        <translation>Eingaben: %1</translation>
    </message>
    <message>
        <source>Outputs: %1</source>
        <translation>Ausgaben: %1</translation>
    </message>
    <message>
        <source>Constant: computed once when the model loads</source>
        <translation>Konstante: einmal beim Laden des Modells berechnet</translation>
    </message>
    <message>
        <source>Params: %1</source>
        <translation>Parameter: %1</translation>
    </message>
    <message>
        <source>MACs: unknown op, not counted</source>
        <translation>MACs: unbekannter Op, nicht gezählt</translation>
    </message>
    <message>
        <source>MACs: unknown shape, not counted</source>
        <translation>MACs: unbekannte Form, nicht gezählt</translation>
    </message>
    <message>
        <source>MACs: %1</source>
        <translation>MACs: %1</translation>
    </message>
    <message>
        <source>Activation memory: %1</source>
        <translation>Aktivierungsspeicher: %1</translation>
    </message>
    <message>
        <source>Latency on %1: %2</source>
        <translation>Latenz auf %1: %2</translation>
    </message>
    <message>
        <source>Double-click to hide its body</source>
        <translation>Doppelklick blendet den Inhalt aus</translation>
    </message>
    <message>
        <source>Double-click to show its body</source>
        <translation>Doppelklick zeigt den Inhalt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>no change to compare</source>
        <translation>keine Änderung zum Vergleichen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>whittle::InspectorWidget</name>
    <message>
        <source>compute-bound</source>
        <translation>rechengebunden</translation>
    </message>
    <message>
        <source>memory-bound</source>
        <translation>speichergebunden</translation>
    </message>
    <message>
        <source>overhead-bound</source>
        <translation>overheadgebunden</translation>
    </message>
    <message>
        <source>Select a layer to see its attributes, tensors and weights.</source>
        <translation>Wählen Sie eine Schicht, um ihre Attribute, Tensoren und Gewichte zu sehen.</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source> (domain %1)</source>
        <translation> (Domäne %1)</translation>
    </message>
    <message>
        <source>Subgraphs: %1</source>
        <translation>Untergraphen: %1</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>(omitted)</source>
        <translation>(ausgelassen)</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>from weight %1</source>
        <translation>aus Gewicht %1</translation>
    </message>
    <message>
        <source>constant, computed at load</source>
        <translation>konstant, beim Laden berechnet</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Not a layer of the main graph: its cost is counted in the node that owns its graph.</source>
        <translation>Keine Schicht des Hauptgraphen: ihre Kosten werden bei dem Knoten gezählt, dem ihr Graph gehört.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Weight zeros</source>
        <translation>Nullen in Gewichten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>, 2:4 pattern</source>
        <translation>, 2:4-Muster</translation>
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
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 ein, %2 aus</translation>
    </message>
    <message>
        <source>Arithmetic intensity</source>
        <translation>Arithmetische Intensität</translation>
    </message>
    <message>
        <source>%1 FLOP/byte</source>
        <translation>%1 FLOP/Byte</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Compute time</source>
        <translation>Rechenzeit</translation>
    </message>
    <message>
        <source>Memory time</source>
        <translation>Speicherzeit</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>No cost rule for this op: its arithmetic is not counted.</source>
        <translation>Keine Kostenregel für diesen Op: seine Rechenarbeit wird nicht gezählt.</translation>
    </message>
    <message>
        <source>Shapes unknown: its arithmetic is not counted.</source>
        <translation>Formen unbekannt: seine Rechenarbeit wird nicht gezählt.</translation>
    </message>
    <message>
        <source>Constant: computed once at load, it costs nothing per run.</source>
        <translation>Konstante: einmal beim Laden berechnet, kostet pro Lauf nichts.</translation>
    </message>
    <message>
        <source>A view: it moves no bytes.</source>
        <translation>Eine Sicht: sie bewegt keine Bytes.</translation>
    </message>
    <message>
        <source>Weight %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>%1 %2 — computing statistics…</source>
        <translation>%1 %2 – Statistik wird berechnet …</translation>
    </message>
    <message>
        <source>%1 %2, %3 values</source>
        <translation>%1 %2, %3 Werte</translation>
    </message>
    <message>
        <source>min / max</source>
        <translation>Min. / Max.</translation>
    </message>
    <message>
        <source>mean ± std</source>
        <translation>Mittel ± Std.-Abw.</translation>
    </message>
    <message>
        <source>sparsity</source>
        <translation>Sparsity</translation>
    </message>
    <message>
        <source>%1 % (%2 zeros)</source>
        <translation>%1 % (%2 Nullen)</translation>
    </message>
    <message>
        <source>not finite</source>
        <translation>nicht endlich</translation>
    </message>
    <message>
        <source>unstructured</source>
        <translation>unstrukturiert</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>channels by L1 norm</source>
        <translation>Kanäle nach L1-Norm</translation>
    </message>
    <message>
        <source>channels by L2 norm</source>
        <translation>Kanäle nach L2-Norm</translation>
    </message>
    <message>
        <source>%1 pruning</source>
        <translation>%1-Pruning</translation>
    </message>
    <message>
        <source>%1 % pruned (%2)</source>
        <translation>%1 % ausgedünnt (%2)</translation>
    </message>
    <message>
        <source>float16</source>
        <translation>float16</translation>
    </message>
    <message>
        <source>%1 bits %2, %3</source>
        <translation>%1 Bit %2, %3</translation>
    </message>
    <message>
        <source>per channel</source>
        <translation>pro Kanal</translation>
    </message>
    <message>
        <source>per tensor</source>
        <translation>pro Tensor</translation>
    </message>
    <message>
        <source>symmetric</source>
        <translation>symmetrisch</translation>
    </message>
    <message>
        <source>asymmetric</source>
        <translation>asymmetrisch</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>%1 (%2 removed)</source>
        <translation>%1 (%2 entfernt)</translation>
    </message>
    <message>
        <source>distinct values</source>
        <translation>verschiedene Werte</translation>
    </message>
    <message>
        <source>%1 (before %2)</source>
        <translation>%1 (vorher %2)</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
</context>
<context>
    <name>whittle::LayerTableModel</name>
    <message>
        <source>  (omitted)</source>
        <translation>  (ausgelassen)</translation>
    </message>
    <message>
        <source>  %1: %2 %3</source>
        <translation>  %1: %2 %3</translation>
    </message>
    <message>
        <source> (constant)</source>
        <translation> (konstant)</translation>
    </message>
    <message>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <source>&lt; 0.1 %</source>
        <translation>&lt; 0,1 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>Rechnen</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>Overhead</translation>
    </message>
    <message>
        <source>Unknown op: Whittle has no cost rule for %1 (or for an op in its subgraphs). Its MACs and FLOPs are not counted in the totals, and its latency and energy are lower bounds: per-op overhead and moving its data.</source>
        <translation>Unbekannter Op: Whittle hat keine Kostenregel für %1 (oder für einen Op in seinen Untergraphen). Seine MACs und FLOPs werden in den Summen nicht gezählt, und Latenz und Energie sind Untergrenzen: Overhead pro Op und Bewegen seiner Daten.</translation>
    </message>
    <message>
        <source>Unknown shape: the shapes the cost of this %1 depends on are not known. Its MACs and FLOPs are not counted in the totals, and its latency and energy are lower bounds.</source>
        <translation>Unbekannte Form: die Formen, von denen die Kosten dieses %1 abhängen, sind nicht bekannt. Seine MACs und FLOPs werden in den Summen nicht gezählt, und Latenz und Energie sind Untergrenzen.</translation>
    </message>
    <message>
        <source>Folded: computed once from constants when the model loads; it costs nothing per inference.</source>
        <translation>Gefaltet: einmal beim Laden des Modells aus Konstanten berechnet; kostet pro Inferenz nichts.</translation>
    </message>
    <message>
        <source>A view: %1 only reinterprets its input&apos;s shape, moves no data and costs nothing per inference.</source>
        <translation>Eine Sicht: %1 deutet nur die Form seiner Eingabe um, bewegt keine Daten und kostet pro Inferenz nichts.</translation>
    </message>
    <message>
        <source>unknown op</source>
        <translation>unbekannter Op</translation>
    </message>
    <message>
        <source>unknown shape</source>
        <translation>unbekannte Form</translation>
    </message>
    <message>
        <source>folded</source>
        <translation>gefaltet</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Inputs of %1 (constants in brackets):
%2</source>
        <translation>Eingaben von %1 (Konstanten in Klammern):
%2</translation>
    </message>
    <message>
        <source>Outputs of %1:
%2</source>
        <translation>Ausgaben von %1:
%2</translation>
    </message>
    <message>
        <source>%1 parameters</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>%1 bytes of weights</source>
        <translation>%1 Bytes an Gewichten</translation>
    </message>
    <message>
        <source>%1 of the model&apos;s %2 parameters</source>
        <translation>%1 der %2 Parameter des Modells</translation>
    </message>
    <message>
        <source>%1 multiply-accumulates per inference</source>
        <translation>%1 Multiply-Accumulates pro Inferenz</translation>
    </message>
    <message>
        <source>%1 floating-point operations per inference (a MAC is two)</source>
        <translation>%1 Gleitkommaoperationen pro Inferenz (ein MAC zählt zwei)</translation>
    </message>
    <message>
        <source>Produces %1 bytes of activations per inference and reads %2</source>
        <translation>Erzeugt pro Inferenz %1 Bytes an Aktivierungen und liest %2</translation>
    </message>
    <message>
        <source>Not estimated: choose a device</source>
        <translation>Nicht geschätzt: wählen Sie ein Gerät</translation>
    </message>
    <message>
        <source>%1 per inference on %2
Arithmetic: %3
Moving data: %4
Per-op overhead: %5</source>
        <translation>%1 pro Inferenz auf %2
Rechnen: %3
Daten bewegen: %4
Overhead pro Op: %5</translation>
    </message>
    <message>
        <source>%1 of the model&apos;s estimated latency (%2) on %3</source>
        <translation>%1 der geschätzten Latenz des Modells (%2) auf %3</translation>
    </message>
    <message>
        <source>%1 mJ per inference on %2</source>
        <translation>%1 mJ pro Inferenz auf %2</translation>
    </message>
    <message>
        <source>Compute-bound: the arithmetic (%1) takes longer than moving its data (%2)</source>
        <translation>Rechengebunden: das Rechnen (%1) dauert länger als das Bewegen seiner Daten (%2)</translation>
    </message>
    <message>
        <source>Memory-bound: moving its data (%1) takes longer than the arithmetic (%2)</source>
        <translation>Speichergebunden: das Bewegen seiner Daten (%1) dauert länger als das Rechnen (%2)</translation>
    </message>
    <message>
        <source>Overhead-bound: the per-op overhead takes longer than both the arithmetic (%1) and moving its data (%2)</source>
        <translation>Overheadgebunden: der Overhead pro Op dauert länger als sowohl das Rechnen (%1) als auch das Bewegen seiner Daten (%2)</translation>
    </message>
    <message>
        <source>Arithmetic intensity: %1 FLOP/byte</source>
        <translation>Arithmetische Intensität: %1 FLOP/Byte</translation>
    </message>
    <message>
        <source>%1 (%2)
Inputs:
%3
Outputs:
%4</source>
        <translation>%1 (%2)
Eingaben:
%3
Ausgaben:
%4</translation>
    </message>
    <message>
        <source>the chosen device</source>
        <translation>dem gewählten Gerät</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Weight bytes</source>
        <translation>Gewichts-Bytes</translation>
    </message>
    <message>
        <source>Params %</source>
        <translation>Param. %</translation>
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
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Latency %</source>
        <translation>Latenz %</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Bound</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Node name as stored in the model</source>
        <translation>Knotenname, wie im Modell gespeichert</translation>
    </message>
    <message>
        <source>Operator type, prefixed by its domain outside ai.onnx</source>
        <translation>Operatortyp, außerhalb von ai.onnx mit seiner Domäne als Präfix</translation>
    </message>
    <message>
        <source>Shapes of the tensors the node reads; constant inputs (weights) in brackets</source>
        <translation>Formen der Tensoren, die der Knoten liest; konstante Eingaben (Gewichte) in Klammern</translation>
    </message>
    <message>
        <source>Shapes of the tensors the node produces</source>
        <translation>Formen der Tensoren, die der Knoten erzeugt</translation>
    </message>
    <message>
        <source>Elements of the weights the node consumes</source>
        <translation>Elemente der Gewichte, die der Knoten verbraucht</translation>
    </message>
    <message>
        <source>Bytes of those weights at their element type</source>
        <translation>Bytes dieser Gewichte in ihrem Elementtyp</translation>
    </message>
    <message>
        <source>The node&apos;s parameters as a share of the whole model&apos;s</source>
        <translation>Die Parameter des Knotens als Anteil an denen des ganzen Modells</translation>
    </message>
    <message>
        <source>Multiply-accumulate operations per inference</source>
        <translation>Multiply-Accumulate-Operationen pro Inferenz</translation>
    </message>
    <message>
        <source>Floating-point operations per inference; a MAC counts as two</source>
        <translation>Gleitkommaoperationen pro Inferenz; ein MAC zählt als zwei</translation>
    </message>
    <message>
        <source>Bytes of the activations the node produces per inference</source>
        <translation>Bytes der Aktivierungen, die der Knoten pro Inferenz erzeugt</translation>
    </message>
    <message>
        <source>Estimated time per inference on %1: the longer of the arithmetic and moving the data, plus a per-op overhead</source>
        <translation>Geschätzte Zeit pro Inferenz auf %1: das Längere von Rechnen und Datenbewegung, plus ein Overhead pro Op</translation>
    </message>
    <message>
        <source>The node&apos;s share of the model&apos;s estimated latency on %1</source>
        <translation>Anteil des Knotens an der geschätzten Latenz des Modells auf %1</translation>
    </message>
    <message>
        <source>Estimated energy per inference on %1</source>
        <translation>Geschätzte Energie pro Inferenz auf %1</translation>
    </message>
    <message>
        <source>What limits the node on %1: compute, memory bandwidth or the per-op overhead</source>
        <translation>Was den Knoten auf %1 begrenzt: Rechenleistung, Speicherbandbreite oder der Overhead pro Op</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>fp16</source>
        <translation>fp16</translation>
    </message>
    <message>
        <source>%1 ch</source>
        <translation>%1 Kan.</translation>
    </message>
    <message>
        <source>Set for this layer; the default is %1. Double-click to edit; Reset Layer in the Optimize panel removes it.</source>
        <translation>Für diese Schicht gesetzt; der Standard ist %1. Doppelklick zum Bearbeiten; „Schicht zurücksetzen“ im Bereich „Optimieren“ entfernt den Wert.</translation>
    </message>
    <message>
        <source>The plan&apos;s default. Double-click to give this layer its own value (%1).</source>
        <translation>Der Standard des Plans. Doppelklick, um dieser Schicht einen eigenen Wert zu geben (%1).</translation>
    </message>
    <message>
        <source>percent, 0–99</source>
        <translation>Prozent, 0–99</translation>
    </message>
    <message>
        <source>2–8 bits, 16 for fp16, 32 for off</source>
        <translation>2–8 Bit, 16 für fp16, 32 für aus</translation>
    </message>
    <message>
        <source>Change against the original model, once the plan changes something</source>
        <translation>Änderung gegenüber dem ursprünglichen Modell, sobald der Plan etwas ändert</translation>
    </message>
    <message>
        <source>Weight bytes: %1 before, %2 with the plan</source>
        <translation>Gewichts-Bytes: %1 vorher, %2 mit dem Plan</translation>
    </message>
    <message>
        <source>Latency on %1: %2 before, %3 with the plan</source>
        <translation>Latenz auf %1: %2 vorher, %3 mit dem Plan</translation>
    </message>
    <message>
        <source>Sparsity</source>
        <translation>Sparsity</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Δ Weights</source>
        <translation>Δ Gewichte</translation>
    </message>
    <message>
        <source>Δ Latency</source>
        <translation>Δ Latenz</translation>
    </message>
    <message>
        <source>Share of the layer&apos;s weights the plan prunes (&quot;ch&quot;: whole output channels); bold where the layer has its own value. Double-click to edit.</source>
        <translation>Anteil der Gewichte der Schicht, den der Plan ausdünnt („Kan.“: ganze Ausgabekanäle); fett, wo die Schicht einen eigenen Wert hat. Doppelklick zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Bits the plan quantizes the layer&apos;s weights to; bold where the layer has its own value. Double-click to edit.</source>
        <translation>Bits, auf die der Plan die Gewichte der Schicht quantisiert; fett, wo die Schicht einen eigenen Wert hat. Doppelklick zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Change of the node&apos;s weight bytes with the plan</source>
        <translation>Änderung der Gewichts-Bytes des Knotens durch den Plan</translation>
    </message>
    <message>
        <source>Change of the node&apos;s estimated latency on %1 with the plan</source>
        <translation>Änderung der geschätzten Latenz des Knotens auf %1 durch den Plan</translation>
    </message>
</context>
<context>
    <name>whittle::LiveEvaluator</name>
    <message numerus="yes">
        <source>Evaluating the plan on all %n sample(s)…</source>
        <translation>
            <numerusform>Plan wird auf %n Sample bewertet …</numerusform>
            <numerusform>Plan wird auf allen %n Samples bewertet …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluating the plan on a first %n sample(s)…</source>
        <translation>
            <numerusform>Plan wird auf dem ersten %n Sample bewertet …</numerusform>
            <numerusform>Plan wird auf den ersten %n Samples bewertet …</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whittle::MainWindow</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Microcontroller</source>
        <translation>Mikrocontroller</translation>
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
        <translation>Die Gewichte (%1) passen nicht in seinen Speicherplatz (%2).</translation>
    </message>
    <message>
        <source>The peak activations (%1) do not fit its RAM (%2).</source>
        <translation>Die Aktivierungsspitze (%1) passt nicht in seinen Arbeitsspeicher (%2).</translation>
    </message>
    <message>
        <source>The weights and peak activations (%1) do not fit its RAM (%2).</source>
        <translation>Gewichte und Aktivierungsspitze (%1) passen nicht in seinen Arbeitsspeicher (%2).</translation>
    </message>
    <message>
        <source>Whittle</source>
        <translation>Whittle</translation>
    </message>
    <message>
        <source>Hardware profiles that could not be read: %1 (see Show Warnings…)</source>
        <translation>Nicht lesbare Hardwareprofile: %1 (siehe Warnungen anzeigen …)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open an ONNX model</source>
        <translation>Ein ONNX-Modell öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Whittle</source>
        <translation>Ü&amp;ber Whittle</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Filter Layers</source>
        <translation>Schichten filtern</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>Show folded c&amp;onstants</source>
        <translation>Gefaltete K&amp;onstanten anzeigen</translation>
    </message>
    <message>
        <source>Also list the layers computed once from constants when the model loads; they cost nothing per inference</source>
        <translation>Auch die Schichten auflisten, die beim Laden des Modells einmal aus Konstanten berechnet werden; sie kosten pro Inferenz nichts</translation>
    </message>
    <message>
        <source>Filter by name or op</source>
        <translation>Nach Name oder Op filtern</translation>
    </message>
    <message>
        <source>Show only the layers whose name, op, shapes or bound contain this text (%1)</source>
        <translation>Nur die Schichten zeigen, deren Name, Op, Formen oder Begrenzung diesen Text enthalten (%1)</translation>
    </message>
    <message>
        <source>Open an ONNX model with File ▸ Open… (%1), or drop a .onnx file on this window.</source>
        <translation>Öffnen Sie ein ONNX-Modell mit Datei ▸ Öffnen … (%1) oder ziehen Sie eine .onnx-Datei auf dieses Fenster.</translation>
    </message>
    <message>
        <source>&amp;Copy Layers as CSV</source>
        <translation>Schichten als CSV &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected layers with all their costs, for a spreadsheet</source>
        <translation>Die ausgewählten Schichten mit allen Kosten kopieren, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Show Warnings…</source>
        <translation>Warnungen anzeigen …</translation>
    </message>
    <message>
        <source>Show what the loader and the ONNX checker reported</source>
        <translation>Anzeigen, was der Lader und die ONNX-Prüfung gemeldet haben</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>Layout &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Put every panel back where it was at first start</source>
        <translation>Jedes Fenster an seinen Platz beim ersten Start zurücksetzen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop loading the model</source>
        <translation>Das Laden des Modells abbrechen</translation>
    </message>
    <message>
        <source>Loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Loaded %1 (warnings: %2)</source>
        <translation>%1 geladen (Warnungen: %2)</translation>
    </message>
    <message>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n layer(s) as CSV</source>
        <translation>
            <numerusform>%n Schicht kopiert (CSV)</numerusform>
            <numerusform>%n Schichten kopiert (CSV)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nodes: %1</source>
        <translation>Knoten: %1</translation>
    </message>
    <message>
        <source>Params: %1 (%2)</source>
        <translation>Parameter: %1 (%2)</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Gewichte: %1</translation>
    </message>
    <message>
        <source>MACs: %1</source>
        <translation>MACs: %1</translation>
    </message>
    <message>
        <source>FLOPs: %1</source>
        <translation>FLOPs: %1</translation>
    </message>
    <message>
        <source>Peak activations: %1</source>
        <translation>Aktivierungsspitze: %1</translation>
    </message>
    <message>
        <source>Opset: %1</source>
        <translation>Opset: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Producer: %1</source>
        <translation>Erzeuger: %1</translation>
    </message>
    <message>
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <source>%1 MACs, %2 FLOPs, %3 bytes of activations at their peak (executing in graph order), %4 bytes of activations in all</source>
        <translation>%1 MACs, %2 FLOPs, %3 Bytes Aktivierungen auf ihrem Höchststand (bei Ausführung in Graphreihenfolge), %4 Bytes Aktivierungen insgesamt</translation>
    </message>
    <message>
        <source>Latency and energy: no hardware profile to estimate them on</source>
        <translation>Latenz und Energie: kein Hardwareprofil zum Schätzen</translation>
    </message>
    <message>
        <source>Latency: %1  ·  Energy: %2  — per inference on %3</source>
        <translation>Latenz: %1  ·  Energie: %2  — pro Inferenz auf %3</translation>
    </message>
    <message>
        <source>Estimated per inference with a roofline model: each layer takes the longer of its arithmetic and moving its data, plus a per-op overhead; layers run one after another.</source>
        <translation>Pro Inferenz mit einem Roofline-Modell geschätzt: jede Schicht braucht das Längere von Rechnen und Datenbewegung, plus einen Overhead pro Op; Schichten laufen nacheinander.</translation>
    </message>
    <message>
        <source>Does not fit the device&apos;s RAM or storage</source>
        <translation>Passt nicht in Arbeitsspeicher oder Speicherplatz des Geräts</translation>
    </message>
    <message>
        <source>Does not fit the device&apos;s storage</source>
        <translation>Passt nicht in den Speicherplatz des Geräts</translation>
    </message>
    <message>
        <source>Does not fit the device&apos;s RAM</source>
        <translation>Passt nicht in den Arbeitsspeicher des Geräts</translation>
    </message>
    <message>
        <source>On %1:
%2</source>
        <translation>Auf %1:
%2</translation>
    </message>
    <message>
        <source>  %1 × %2</source>
        <translation>  %1 × %2</translation>
    </message>
    <message>
        <source>Unknown ops not counted: %1</source>
        <translation>Nicht gezählte unbekannte Ops: %1</translation>
    </message>
    <message>
        <source>Layers with unknown shapes not counted: %1</source>
        <translation>Nicht gezählte Schichten mit unbekannten Formen: %1</translation>
    </message>
    <message>
        <source>Ops without a cost rule; their MACs and FLOPs are not in the totals, and their latency and energy are lower bounds:
%1</source>
        <translation>Ops ohne Kostenregel; ihre MACs und FLOPs sind nicht in den Summen, und Latenz und Energie sind Untergrenzen:
%1</translation>
    </message>
    <message>
        <source>Layers whose shapes are not known; their MACs and FLOPs are not in the totals. Look for &quot;unknown shape&quot; in the MACs column.</source>
        <translation>Schichten, deren Formen nicht bekannt sind; ihre MACs und FLOPs sind nicht in den Summen. Achten Sie auf „unbekannte Form“ in der Spalte MACs.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>Modell öffnen</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX-Modelle (*.onnx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Whittle</source>
        <translation>Über Whittle</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Whittle %1&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Whittle %1&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>See and whittle down what every layer of a neural network costs.&lt;br&gt;&lt;br&gt;Built with Qt %1.</source>
        <translation>Sehen und verringern, was jede Schicht eines neuronalen Netzes kostet.&lt;br&gt;&lt;br&gt;Erstellt mit Qt %1.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Warnings — %1</source>
        <translation>Warnungen — %1</translation>
    </message>
    <message>
        <source>The model:
%1</source>
        <translation>Das Modell:
%1</translation>
    </message>
    <message>
        <source>Hardware profiles that could not be read (fix or remove them in %1):
%2</source>
        <translation>Nicht lesbare Hardwareprofile (korrigieren oder entfernen Sie sie in %1):
%2</translation>
    </message>
    <message>
        <source>Cannot Open Model</source>
        <translation>Modell kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open %1.</source>
        <translation>%1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>The graph cannot be drawn: %1</source>
        <translation>Der Graph kann nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Compare Devices</source>
        <translation>Geräte vergleichen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Graph to Window</source>
        <translation>Graph an &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Find in &amp;Graph…</source>
        <translation>Im &amp;Graphen suchen …</translation>
    </message>
    <message>
        <source>Find nodes by name or op type (%1 while the graph has focus)</source>
        <translation>Knoten nach Name oder Op-Typ suchen (%1, wenn der Graph den Fokus hat)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes when Whittle starts again</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Whittle</translation>
    </message>
    <message>
        <source>&amp;Save Session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save the model, dataset, preprocessing, plan and device as a session file</source>
        <translation>Modell, Datensatz, Vorverarbeitung, Plan und Gerät als Sitzungsdatei speichern</translation>
    </message>
    <message>
        <source>Save Session &amp;As…</source>
        <translation>Sitzung speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Export Optimized Model…</source>
        <translation>Optimiertes Modell &amp;exportieren …</translation>
    </message>
    <message>
        <source>Write the model with the plan applied, the plan and a before/after report</source>
        <translation>Das Modell mit angewandtem Plan, den Plan und einen Vorher-nachher-Bericht schreiben</translation>
    </message>
    <message>
        <source>Choose &amp;Dataset…</source>
        <translation>&amp;Datensatz wählen …</translation>
    </message>
    <message>
        <source>Images (and labels) that plans are evaluated on as you edit them</source>
        <translation>Bilder (und Labels), auf denen Pläne schon während der Bearbeitung bewertet werden</translation>
    </message>
    <message>
        <source>&amp;Preprocessing…</source>
        <translation>&amp;Vorverarbeitung …</translation>
    </message>
    <message>
        <source>How the dataset&apos;s images become the model&apos;s input</source>
        <translation>Wie die Bilder des Datensatzes zur Eingabe des Modells werden</translation>
    </message>
    <message>
        <source>Original vs Optimized</source>
        <translation>Original vs. optimiert</translation>
    </message>
    <message>
        <source>Colour Graph by &amp;Change</source>
        <translation>Graph nach Änderung &amp;einfärben</translation>
    </message>
    <message>
        <source>Colour each node by how the plan changes it against the original (the metric is chosen in Original vs Optimized)</source>
        <translation>Jeden Knoten danach einfärben, wie der Plan ihn gegenüber dem Original ändert (die Metrik wird in „Original vs. optimiert“ gewählt)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>Anhalten: %1</translation>
    </message>
    <message>
        <source>%1[*] — Whittle</source>
        <translation>%1[*] — Whittle</translation>
    </message>
    <message>
        <source>Models and sessions (*.onnx *.%1)</source>
        <translation>Modelle und Sitzungen (*.onnx *.%1)</translation>
    </message>
    <message>
        <source>Whittle sessions (*.%1)</source>
        <translation>Whittle-Sitzungen (*.%1)</translation>
    </message>
    <message>
        <source>Optimize</source>
        <translation>Optimieren</translation>
    </message>
    <message>
        <source>Accuracy: the plan could not be evaluated — %1</source>
        <translation>Genauigkeit: der Plan konnte nicht bewertet werden — %1</translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>Bewertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Reset &amp;All Optimizations</source>
        <translation>&amp;Alle Optimierungen zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the original model (undoable)</source>
        <translation>Zurück zum ursprünglichen Modell (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>Open a model first: the dataset is checked against its input</source>
        <translation>Öffnen Sie zuerst ein Modell: der Datensatz wird gegen seine Eingabe geprüft</translation>
    </message>
    <message>
        <source>Choose a Dataset</source>
        <translation>Datensatz wählen</translation>
    </message>
    <message>
        <source>MNIST IDX images (*idx3-ubyte *idx3-ubyte.gz);;Images (*.png *.jpg *.jpeg *.bmp);;All files (*)</source>
        <translation>MNIST-IDX-Bilder (*idx3-ubyte *idx3-ubyte.gz);;Bilder (*.png *.jpg *.jpeg *.bmp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>Use the folder of the chosen file (one sub-folder per class)</source>
        <translation>Den Ordner der gewählten Datei verwenden (ein Unterordner pro Klasse)</translation>
    </message>
    <message>
        <source>Accuracy: %1</source>
        <translation>Genauigkeit: %1</translation>
    </message>
    <message>
        <source>The dataset cannot be used: %1</source>
        <translation>Der Datensatz kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>%1
Preprocessing: %2</source>
        <translation>%1
Vorverarbeitung: %2</translation>
    </message>
    <message>
        <source>Dataset: %1</source>
        <translation>Datensatz: %1</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Session Not Saved</source>
        <translation>Sitzung nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the session to %1</source>
        <translation>Sitzung in %1 gespeichert</translation>
    </message>
    <message>
        <source>Save Session?</source>
        <translation>Sitzung speichern?</translation>
    </message>
    <message>
        <source>The plan for %1 has changed since it was last saved. Save the session?</source>
        <translation>Der Plan für %1 wurde seit dem letzten Speichern geändert. Sitzung speichern?</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Recover Session</source>
        <translation>Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>Whittle did not close properly. Recover the session on %1, last saved %2?</source>
        <translation>Whittle wurde nicht ordnungsgemäß beendet. Die Sitzung zu %1 wiederherstellen, zuletzt gespeichert %2?</translation>
    </message>
    <message numerus="yes">
        <source>%n older session(s) left behind will be discarded.</source>
        <translation>
            <numerusform>%n zurückgebliebene ältere Sitzung wird verworfen.</numerusform>
            <numerusform>%n zurückgebliebene ältere Sitzungen werden verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Accuracy: choose a dataset to evaluate plans on (File ▸ Choose Dataset…, %1)</source>
        <translation>Genauigkeit: wählen Sie einen Datensatz, auf dem Pläne bewertet werden (Datei ▸ Datensatz wählen …, %1)</translation>
    </message>
    <message>
        <source>Top-1: %1</source>
        <translation>Top-1: %1</translation>
    </message>
    <message>
        <source>Top-5: %1</source>
        <translation>Top-5: %1</translation>
    </message>
    <message>
        <source>Agreement with the original: %1</source>
        <translation>Übereinstimmung mit dem Original: %1</translation>
    </message>
    <message>
        <source>SQNR: %1 dB</source>
        <translation>SQNR: %1 dB</translation>
    </message>
    <message numerus="yes">
        <source>on all %n sample(s)</source>
        <translation>
            <numerusform>auf %n Sample</numerusform>
            <numerusform>auf allen %n Samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on a first %n sample(s), all of them once you pause</source>
        <translation>
            <numerusform>auf dem ersten %n Sample, auf allen, sobald Sie pausieren</numerusform>
            <numerusform>auf den ersten %n Samples, auf allen, sobald Sie pausieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  — %2, %3</source>
        <translation>%1  — %2, %3</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>Vorverarbeitung</translation>
    </message>
    <message>
        <source>How each image becomes the model&apos;s input, guessed from the model and the dataset. Keys: resize [W, H], resize_shorter_side, centre_crop [W, H], channels (rgb, bgr, gray), scale, mean [3], std [3], layout (nchw, nhwc).</source>
        <translation>Wie jedes Bild zur Eingabe des Modells wird, aus Modell und Datensatz erraten. Schlüssel: resize [W, H], resize_shorter_side, centre_crop [W, H], channels (rgb, bgr, gray), scale, mean [3], std [3], layout (nchw, nhwc).</translation>
    </message>
    <message>
        <source>Not a JSON object: %1</source>
        <translation>Kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>preprocessing</source>
        <translation>Vorverarbeitung</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation>%1 exportiert (%2)</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>Abwägung</translation>
    </message>
    <message>
        <source>Restore a plan from the trade-off chart</source>
        <translation>Plan aus dem Abwägungsdiagramm wiederherstellen</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <source>sparsity %1 %</source>
        <translation>Sparsity %1 %</translation>
    </message>
    <message>
        <source>fp16</source>
        <translation>fp16</translation>
    </message>
    <message>
        <source>%1 bit</source>
        <translation>%1 Bit</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) of their own</source>
        <translation>
            <numerusform>%n Schicht mit eigenen Einstellungen</numerusform>
            <numerusform>%n Schichten mit eigenen Einstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Job Failed</source>
        <translation>Auftrag fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Sensitivity of %n layer(s) measured</source>
        <translation>
            <numerusform>Sensitivität von %n Schicht gemessen</numerusform>
            <numerusform>Sensitivität von %n Schichten gemessen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Sensitivity Analysis…</source>
        <translation>&amp;Sensitivitätsanalyse …</translation>
    </message>
    <message>
        <source>Measure every layer&apos;s accuracy at a grid of sparsities and bit widths</source>
        <translation>Die Genauigkeit jeder Schicht auf einem Raster von Sparsities und Bitbreiten messen</translation>
    </message>
    <message>
        <source>&amp;Auto-Optimize…</source>
        <translation>&amp;Automatisch optimieren …</translation>
    </message>
    <message>
        <source>Search per-layer settings for a latency or size budget</source>
        <translation>Einstellungen pro Schicht für ein Latenz- oder Größenbudget suchen</translation>
    </message>
    <message>
        <source>&amp;Calibrate This Computer…</source>
        <translation>Diesen Computer &amp;kalibrieren …</translation>
    </message>
    <message>
        <source>Measure layers on this computer and fit a &quot;This computer&quot; profile</source>
        <translation>Schichten auf diesem Computer messen und ein Profil „Dieser Computer“ anpassen</translation>
    </message>
    <message>
        <source>&amp;Runtime</source>
        <translation>&amp;Laufzeit</translation>
    </message>
    <message>
        <source>Plans are now evaluated on %1</source>
        <translation>Pläne werden jetzt mit %1 bewertet</translation>
    </message>
    <message>
        <source>Choose a dataset first (File ▸ Choose Dataset…)</source>
        <translation>Wählen Sie zuerst einen Datensatz (Datei ▸ Datensatz wählen …)</translation>
    </message>
    <message>
        <source>Auto-Optimize</source>
        <translation>Automatische Optimierung</translation>
    </message>
    <message>
        <source>%1

Apply the best plan found? (Undo goes back.)</source>
        <translation>%1

Den besten gefundenen Plan anwenden? („Rückgängig“ macht das wieder ungeschehen.)</translation>
    </message>
    <message>
        <source>Auto-optimize</source>
        <translation>Automatische Optimierung</translation>
    </message>
    <message>
        <source>Calibrate This Computer</source>
        <translation>Diesen Computer kalibrieren</translation>
    </message>
    <message>
        <source>Whittle will run a set of small models on this computer for about a minute, fit the estimator to what it measures and save the result as the &quot;This computer&quot; profile. Other work on the computer makes the figures less accurate. Start?</source>
        <translation>Whittle führt etwa eine Minute lang eine Reihe kleiner Modelle auf diesem Computer aus, passt den Schätzer an die Messungen an und speichert das Ergebnis als Profil „Dieser Computer“. Andere Arbeit auf dem Computer macht die Werte ungenauer. Starten?</translation>
    </message>
    <message>
        <source>Layers estimated within ±10 %: %1 before, %2 after; median error %3 before, %4 after.
Models within ±10 %: %5 before, %6 after.
Saved as %7.</source>
        <translation>Schichten innerhalb ±10 % geschätzt: %1 vorher, %2 nachher; Median-Fehler %3 vorher, %4 nachher.
Modelle innerhalb ±10 %: %5 vorher, %6 nachher.
Gespeichert als %7.</translation>
    </message>
</context>
<context>
    <name>whittle::OptimizePanel</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>fp16</source>
        <translation>fp16</translation>
    </message>
    <message>
        <source>%1 bit</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>Share of every prunable layer&apos;s weights (or, structured, of its output channels) to remove</source>
        <translation>Anteil der zu entfernenden Gewichte jeder ausdünnbaren Schicht (bzw. strukturiert: ihrer Ausgabekanäle)</translation>
    </message>
    <message>
        <source>Magnitude (unstructured)</source>
        <translation>Betrag (unstrukturiert)</translation>
    </message>
    <message>
        <source>2:4 (N:M)</source>
        <translation>2:4 (N:M)</translation>
    </message>
    <message>
        <source>Channels, L1 norm</source>
        <translation>Kanäle, L1-Norm</translation>
    </message>
    <message>
        <source>Channels, L2 norm</source>
        <translation>Kanäle, L2-Norm</translation>
    </message>
    <message>
        <source>Unstructured zeros pay off only on devices that skip them; removed channels make every device faster</source>
        <translation>Unstrukturierte Nullen lohnen sich nur auf Geräten, die sie überspringen; entfernte Kanäle machen jedes Gerät schneller</translation>
    </message>
    <message>
        <source>One threshold across layers</source>
        <translation>Ein Schwellwert über alle Schichten</translation>
    </message>
    <message>
        <source>Prune the smallest weights of the whole model rather than the same share of each layer</source>
        <translation>Die kleinsten Gewichte des ganzen Modells ausdünnen statt in jeder Schicht denselben Anteil</translation>
    </message>
    <message>
        <source>Pruning</source>
        <translation>Pruning</translation>
    </message>
    <message>
        <source>&amp;Sparsity:</source>
        <translation>&amp;Sparsity:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Weight precision: off, float16, or 8 down to 2 bit integers</source>
        <translation>Gewichtsgenauigkeit: aus, float16 oder Ganzzahlen mit 8 bis hinunter zu 2 Bit</translation>
    </message>
    <message>
        <source>Per channel</source>
        <translation>Pro Kanal</translation>
    </message>
    <message>
        <source>Per tensor</source>
        <translation>Pro Tensor</translation>
    </message>
    <message>
        <source>Symmetric</source>
        <translation>Symmetrisch</translation>
    </message>
    <message>
        <source>Zero point 0 and a range of ±max|w|; otherwise min…max with a zero point</source>
        <translation>Nullpunkt 0 und ein Bereich von ±max|w|; sonst min…max mit einem Nullpunkt</translation>
    </message>
    <message>
        <source>Min–max</source>
        <translation>Min–Max</translation>
    </message>
    <message>
        <source>Least squares (MSE)</source>
        <translation>Kleinste Quadrate (MSE)</translation>
    </message>
    <message>
        <source>Quantize activations</source>
        <translation>Aktivierungen quantisieren</translation>
    </message>
    <message>
        <source>Compute in int8: activations get scales calibrated on the session&apos;s dataset (weights must be 8 bits or fewer)</source>
        <translation>In int8 rechnen: Aktivierungen erhalten Skalen, die auf dem Datensatz der Sitzung kalibriert werden (Gewichte dürfen höchstens 8 Bit haben)</translation>
    </message>
    <message>
        <source>Percentile</source>
        <translation>Perzentil</translation>
    </message>
    <message>
        <source>Entropy (KL)</source>
        <translation>Entropie (KL)</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>&amp;Bits:</source>
        <translation>&amp;Bits:</translation>
    </message>
    <message>
        <source>&amp;Granularity:</source>
        <translation>&amp;Granularität:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Be&amp;reich:</translation>
    </message>
    <message>
        <source>Low rank, rank</source>
        <translation>Niedriger Rang, Rang</translation>
    </message>
    <message>
        <source>Factorize fully connected and 1×1 convolution weights into two thinner ones where that saves work</source>
        <translation>Gewichte vollständig verbundener Schichten und von 1×1-Faltungen in zwei schmalere zerlegen, wo das Rechenarbeit spart</translation>
    </message>
    <message>
        <source>Factorization</source>
        <translation>Faktorisierung</translation>
    </message>
    <message>
        <source>Reset &amp;Layer</source>
        <translation>Schicht &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>The selected layer takes the defaults above again</source>
        <translation>Die gewählte Schicht übernimmt wieder die Standardwerte oben</translation>
    </message>
    <message>
        <source>Reset &amp;All</source>
        <translation>&amp;Alle zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the original model: no pruning, quantization or overrides</source>
        <translation>Zurück zum ursprünglichen Modell: kein Pruning, keine Quantisierung, keine eigenen Werte pro Schicht</translation>
    </message>
    <message>
        <source>Sparsity %1 %</source>
        <translation>Sparsity %1 %</translation>
    </message>
    <message>
        <source>Pruning method %1</source>
        <translation>Pruning-Methode %1</translation>
    </message>
    <message>
        <source>A threshold per layer</source>
        <translation>Ein Schwellwert pro Schicht</translation>
    </message>
    <message>
        <source>Weights %1</source>
        <translation>Gewichte %1</translation>
    </message>
    <message>
        <source>Granularity %1</source>
        <translation>Granularität %1</translation>
    </message>
    <message>
        <source>Range %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Symmetric quantization</source>
        <translation>Symmetrische Quantisierung</translation>
    </message>
    <message>
        <source>Asymmetric quantization</source>
        <translation>Asymmetrische Quantisierung</translation>
    </message>
    <message>
        <source>Float activations</source>
        <translation>Gleitkomma-Aktivierungen</translation>
    </message>
    <message>
        <source>Calibration %1</source>
        <translation>Kalibrierung %1</translation>
    </message>
    <message>
        <source>Low rank %1</source>
        <translation>Niedriger Rang %1</translation>
    </message>
    <message>
        <source>No low rank</source>
        <translation>Kein niedriger Rang</translation>
    </message>
    <message>
        <source>Select a layer with overrides in the table</source>
        <translation>Wählen Sie in der Tabelle eine Schicht mit eigenen Werten</translation>
    </message>
    <message>
        <source>%1 takes the defaults above again</source>
        <translation>%1 übernimmt wieder die Standardwerte oben</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Per-layer settings: edit the Sparsity and Bits cells of the layer table.</source>
        <translation>Einstellungen pro Schicht: bearbeiten Sie die Zellen „Sparsity“ und „Bits“ der Schichtentabelle.</translation>
    </message>
    <message numerus="yes">
        <source>%n layer(s) with settings of their own (marked in the table).</source>
        <translation>
            <numerusform>%n Schicht mit eigenen Einstellungen (in der Tabelle markiert).</numerusform>
            <numerusform>%n Schichten mit eigenen Einstellungen (in der Tabelle markiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>whittle::PlanDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation>Alles zurücksetzen</translation>
    </message>
</context>
<context>
    <name>whittle::ProfileComparisonModel</name>
    <message>
        <source>weights exceed storage</source>
        <translation>Gewichte übersteigen Speicherplatz</translation>
    </message>
    <message>
        <source>exceeds RAM</source>
        <translation>übersteigt Arbeitsspeicher</translation>
    </message>
    <message>
        <source>activations exceed RAM</source>
        <translation>Aktivierungen übersteigen Arbeitsspeicher</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 % compute, %2 % memory, %3 % overhead</source>
        <translation>%1 % Rechnen, %2 % Speicher, %3 % Overhead</translation>
    </message>
    <message>
        <source>Weights fit in RAM: %1
Activations fit in RAM: %2
Weights fit in storage: %3</source>
        <translation>Gewichte passen in Arbeitsspeicher: %1
Aktivierungen passen in Arbeitsspeicher: %2
Gewichte passen in Speicherplatz: %3</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Latency of compute-bound layers: %1
of memory-bound layers: %2
of overhead-bound layers: %3</source>
        <translation>Latenz rechengebundener Schichten: %1
speichergebundener Schichten: %2
overheadgebundener Schichten: %3</translation>
    </message>
    <message>
        <source>Double-click to show the model on %1</source>
        <translation>Doppelklick zeigt das Modell auf %1</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Passt</translation>
    </message>
    <message>
        <source>Latency by bound</source>
        <translation>Latenz nach Begrenzung</translation>
    </message>
</context>
<context>
    <name>whittle::ProfileComparisonWidget</name>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>latency on the current profile</source>
        <translation>Latenz auf dem aktuellen Profil</translation>
    </message>
    <message>
        <source>total latency (ms, log scale)</source>
        <translation>Gesamtlatenz (ms, log. Skala)</translation>
    </message>
</context>
<context>
    <name>whittle::SensitivityDialog</name>
    <message>
        <source>Sensitivity analysis</source>
        <translation>Sensitivitätsanalyse</translation>
    </message>
    <message>
        <source>Sparsities tried on each layer, in percent (above 0, at most 99)</source>
        <translation>Auf jeder Schicht versuchte Sparsities, in Prozent (über 0, höchstens 99)</translation>
    </message>
    <message>
        <source>Bit widths tried on each layer: 2 to 8, or 16 for float16</source>
        <translation>Auf jeder Schicht versuchte Bitbreiten: 2 bis 8 oder 16 für float16</translation>
    </message>
    <message>
        <source>all samples</source>
        <translation>alle Samples</translation>
    </message>
    <message>
        <source>Evaluate on the first samples of the dataset only: faster, noisier</source>
        <translation>Nur auf den ersten Samples des Datensatzes bewerten: schneller, aber ungenauer</translation>
    </message>
    <message>
        <source>&amp;Sparsities (%):</source>
        <translation>&amp;Sparsities (%):</translation>
    </message>
    <message>
        <source>&amp;Bit widths:</source>
        <translation>&amp;Bitbreiten:</translation>
    </message>
    <message>
        <source>Sa&amp;mples:</source>
        <translation>Sa&amp;mples:</translation>
    </message>
    <message>
        <source>Analyze</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <source>Sparsity &apos;%1&apos; is not a percentage above 0 and at most 99</source>
        <translation>Sparsity „%1“ ist kein Prozentwert über 0 und höchstens 99</translation>
    </message>
    <message>
        <source>Bit width &apos;%1&apos; is not 2 to 8 or 16</source>
        <translation>Bitbreite „%1“ ist nicht 2 bis 8 oder 16</translation>
    </message>
    <message>
        <source>Give at least one sparsity or bit width to try.</source>
        <translation>Geben Sie mindestens eine Sparsity oder Bitbreite zum Ausprobieren an.</translation>
    </message>
</context>
<context>
    <name>whittle::SensitivityHeatmap</name>
    <message>
        <source>Sparsity</source>
        <translation>Sparsity</translation>
    </message>
    <message>
        <source>Bit width</source>
        <translation>Bitbreite</translation>
    </message>
    <message>
        <source>Which settings the columns are: pruning sparsities or quantization bit widths</source>
        <translation>Welche Einstellungen die Spalten zeigen: Pruning-Sparsities oder Quantisierungs-Bitbreiten</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <source>Save the heat map as PNG, SVG or PDF</source>
        <translation>Die Heatmap als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>accuracy drop (points)</source>
        <translation>Genauigkeitsverlust (Punkte)</translation>
    </message>
    <message>
        <source>sparsity %1 %</source>
        <translation>Sparsity %1 %</translation>
    </message>
    <message>
        <source>float16</source>
        <translation>float16</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 Bit</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Top-1 accuracy</source>
        <translation>Top-1-Genauigkeit</translation>
    </message>
    <message>
        <source>%1: %2 % (original %3 %)</source>
        <translation>%1: %2 % (Original %3 %)</translation>
    </message>
    <message>
        <source>Drop: %1 points</source>
        <translation>Verlust: %1 Punkte</translation>
    </message>
    <message>
        <source>Saves %1 of weights</source>
        <translation>Spart %1 an Gewichten</translation>
    </message>
    <message>
        <source>Saves %1 of estimated latency</source>
        <translation>Spart %1 an geschätzter Latenz</translation>
    </message>
    <message>
        <source>fp16</source>
        <translation>fp16</translation>
    </message>
    <message>
        <source>%1 b</source>
        <translation>%1 b</translation>
    </message>
    <message>
        <source>sparsity (the rest of the model untouched)</source>
        <translation>Sparsity (der Rest des Modells unverändert)</translation>
    </message>
    <message>
        <source>weight bits (the rest of the model untouched)</source>
        <translation>Gewichtsbits (der Rest des Modells unverändert)</translation>
    </message>
    <message>
        <source>No sensitivity analysis has run yet.
Run Tools ▸ Sensitivity analysis to see how each layer&apos;s accuracy responds to pruning and quantization.</source>
        <translation>Es wurde noch keine Sensitivitätsanalyse ausgeführt.
Führen Sie Werkzeuge ▸ Sensitivitätsanalyse aus, um zu sehen, wie die Genauigkeit jeder Schicht auf Pruning und Quantisierung reagiert.</translation>
    </message>
    <message>
        <source>The analysis found no layer with a weight to prune or quantize.</source>
        <translation>Die Analyse fand keine Schicht mit einem Gewicht zum Ausdünnen oder Quantisieren.</translation>
    </message>
    <message>
        <source>The analysis tried no sparsity.</source>
        <translation>Die Analyse hat keine Sparsity ausprobiert.</translation>
    </message>
    <message>
        <source>The analysis tried no bit width.</source>
        <translation>Die Analyse hat keine Bitbreite ausprobiert.</translation>
    </message>
</context>
<context>
    <name>whittle::SensitivityRunner</name>
    <message>
        <source>Sensitivity analysis</source>
        <translation>Sensitivitätsanalyse</translation>
    </message>
    <message>
        <source>Sensitivity analysis needs a model and a dataset</source>
        <translation>Die Sensitivitätsanalyse braucht ein Modell und einen Datensatz</translation>
    </message>
</context>
<context>
    <name>whittle::TradeoffChart</name>
    <message>
        <source>vs latency</source>
        <translation>gegen Latenz</translation>
    </message>
    <message>
        <source>vs weight size</source>
        <translation>gegen Gewichtsgröße</translation>
    </message>
    <message>
        <source>What the plans cost: estimated latency or weight size</source>
        <translation>Was die Pläne kosten: geschätzte Latenz oder Gewichtsgröße</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <source>Save the chart as PNG, SVG or PDF</source>
        <translation>Das Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>evaluated plans</source>
        <translation>bewertete Pläne</translation>
    </message>
    <message>
        <source>original model</source>
        <translation>ursprüngliches Modell</translation>
    </message>
    <message>
        <source>current plan</source>
        <translation>aktueller Plan</translation>
    </message>
    <message>
        <source>Top-1 accuracy</source>
        <translation>Top-1-Genauigkeit</translation>
    </message>
    <message>
        <source>Agreement with the original</source>
        <translation>Übereinstimmung mit dem Original</translation>
    </message>
    <message>
        <source>&lt;b&gt;Original model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ursprüngliches Modell&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: %2 % on %3 samples</source>
        <translation>%1: %2 % auf %3 Samples</translation>
    </message>
    <message>
        <source>Estimated latency: %1</source>
        <translation>Geschätzte Latenz: %1</translation>
    </message>
    <message>
        <source>Weight size: %1</source>
        <translation>Gewichtsgröße: %1</translation>
    </message>
    <message>
        <source>Run on %1</source>
        <translation>Ausgeführt mit %1</translation>
    </message>
    <message>
        <source>On the Pareto front</source>
        <translation>Auf der Pareto-Front</translation>
    </message>
    <message>
        <source>Click to restore this plan</source>
        <translation>Klicken, um diesen Plan wiederherzustellen</translation>
    </message>
    <message>
        <source>top-1 accuracy (%)</source>
        <translation>Top-1-Genauigkeit (%)</translation>
    </message>
    <message>
        <source>agreement with the original (%)</source>
        <translation>Übereinstimmung mit dem Original (%)</translation>
    </message>
    <message>
        <source>estimated latency (ms)</source>
        <translation>geschätzte Latenz (ms)</translation>
    </message>
    <message>
        <source>weight size (%1)</source>
        <translation>Gewichtsgröße (%1)</translation>
    </message>
    <message>
        <source>No plan evaluated yet: each evaluated plan becomes a point here.</source>
        <translation>Noch kein Plan bewertet: jeder bewertete Plan wird hier zu einem Punkt.</translation>
    </message>
</context>
<context>
    <name>whittle::WeightPreviewRunner</name>
    <message>
        <source>Previewing the weights of %1</source>
        <translation>Vorschau der Gewichte von %1</translation>
    </message>
    <message>
        <source>No model to preview</source>
        <translation>Kein Modell für die Vorschau</translation>
    </message>
    <message>
        <source>Layer &apos;%1&apos; has no weight a plan can change</source>
        <translation>Schicht „%1“ hat kein Gewicht, das ein Plan ändern kann</translation>
    </message>
</context>
</TS>
