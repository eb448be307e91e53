// The translations: complete after lupdate, and found and used at run time.

#include "common/tr.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace whittle;

namespace {

QStringList tsFiles()
{
    return QStringLiteral(WHITTLE_TS_FILES).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

// What lupdate leaves to do in a .ts file: messages without a finished
// translation, and messages whose source string no longer exists.
struct TsState
{
    int messages = 0;
    QStringList unfinished;
    QStringList obsolete;
};

QString describe(const QString &context, const QString &source)
{
    QString text = source;
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    if (text.size() > 100)
        text = text.left(97) + QLatin1String("...");
    return QStringLiteral("[%1] %2").arg(context, text);
}

TsState readTs(const QString &path, QString *error)
{
    TsState state;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return state;
    }
    QXmlStreamReader xml(&file);
    QString context, source, type;
    bool numerus = false, emptyForm = false, emptyTranslation = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("context")) {
                context.clear();
            } else if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                source.clear();
                type.clear();
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                emptyForm = emptyTranslation = false;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                type = xml.attributes().value(QLatin1String("type")).toString();
                if (!numerus)
                    emptyTranslation = xml.readElementText().isEmpty();
            } else if (xml.name() == QLatin1String("numerusform")) {
                emptyForm = emptyForm || xml.readElementText().isEmpty();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ++state.messages;
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                state.obsolete << describe(context, source);
            else if (type == QLatin1String("unfinished") || emptyTranslation || emptyForm)
                state.unfinished << describe(context, source);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2 at line %3").arg(path, xml.errorString()).arg(xml.lineNumber());
    return state;
}

// Runs lupdate on a copy of `tsPath` as update-translations would, but
// keeping obsolete messages so that they can be reported.
TsState updatedCopy(const QString &tsPath, QString *error)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(tsPath).fileName());
    if (!dir.isValid() || !QFile::copy(tsPath, copy)) {
        *error = QStringLiteral("cannot copy %1 to a temporary folder").arg(tsPath);
        return {};
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QStringList arguments =
        QStringLiteral(WHITTLE_LUPDATE_ARGS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    arguments.removeAll(QStringLiteral("-no-obsolete"));
    arguments << QStringLiteral("-silent") << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(WHITTLE_SOURCE_DIR));
    lupdate.start(QStringLiteral(WHITTLE_LUPDATE), arguments);
    if (!lupdate.waitForFinished(60000) || lupdate.exitStatus() != QProcess::NormalExit
        || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed on %1: %2")
                     .arg(tsPath, QString::fromLocal8Bit(lupdate.readAllStandardError()));
        return {};
    }
    return readTs(copy, error);
}

// Columns a terminal gives `text`, CJK characters taking two; the reference
// for the table alignment below.
int columns(const QString &text)
{
    int n = 0;
    for (const QChar c : text)
        n += (c.unicode() >= 0x2E80 && c.unicode() <= 0xA4CF) || (c.unicode() >= 0xFF00 && c.unicode() <= 0xFF60)
                 ? 2
                 : 1;
    return n;
}

// whittle-cli inspect on the bundled sample, in the environment's language.
QStringList inspectLines(const QHash<QString, QString> &variables)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        environment.remove(QString::fromLatin1(name));
    for (auto it = variables.begin(); it != variables.end(); ++it)
        environment.insert(it.key(), it.value());
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(WHITTLE_BIN_DIR "/whittle-cli"),
              {QStringLiteral("inspect"), QStringLiteral(WHITTLE_SOURCE_DIR "/resources/sample/mnist-8.onnx")});
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0)
        return {};
    return QString::fromUtf8(cli.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("ts");
        for (const QString &ts : tsFiles())
            QTest::newRow(qPrintable(QFileInfo(ts).fileName())) << ts;
    }

    // The check of issue #8: after lupdate, no message is unfinished and
    // none is obsolete. Run `cmake --build build --target update-translations`
    // and translate what this lists.
    void complete()
    {
        QFETCH(QString, ts);
        QString error;
        const TsState state = updatedCopy(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The sources hold hundreds of strings; a count this low means
        // lupdate did not see them.
        QVERIFY2(state.messages > 500, qPrintable(QString::number(state.messages)));
        // The whole list goes to the log; QTest shortens a failure message.
        const QString name = QFileInfo(ts).fileName();
        for (const QString &message : state.obsolete)
            qWarning("%s: obsolete: %s", qPrintable(name), qPrintable(message));
        for (const QString &message : state.unfinished)
            qWarning("%s: unfinished: %s", qPrintable(name), qPrintable(message));
        QVERIFY2(state.unfinished.isEmpty() && state.obsolete.isEmpty(),
                 qPrintable(QStringLiteral("%1: %2 unfinished, %3 obsolete of %4 messages after lupdate; "
                                           "run the update-translations target, add the strings to "
                                           "translations/catalog.py and run scripts/translate.py")
                                .arg(name)
                                .arg(state.unfinished.size())
                                .arg(state.obsolete.size())
                                .arg(state.messages)));
    }

    // The reader above counts what it should: an unfinished message, an
    // empty plural form and a vanished message are each reported.
    void readerFindsProblems()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.ts"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>Whittle</name>
<message><source>done</source><translation>fertig</translation></message>
<message><source>open</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n layer(s)</source><translation><numerusform>%n Schicht</numerusform><numerusform></numerusform></translation></message>
<message><source>gone</source><translation type="vanished">weg</translation></message>
</context>
</TS>
)");
        file.close();
        QString error;
        const TsState state = readTs(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(state.messages, 4);
        QCOMPARE(state.unfinished,
                 QStringList({QStringLiteral("[Whittle] open"), QStringLiteral("[Whittle] %n layer(s)")}));
        QCOMPARE(state.obsolete, QStringList({QStringLiteral("[Whittle] gone")}));
    }

    // The built .qm files are found next to the program and give German its
    // two plural forms and Chinese its one.
    void loadsTranslations_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("two");
        QTest::addColumn<QString>("htmlLang");
        QTest::newRow("de") << QStringLiteral("de_DE") << QStringLiteral("1 Schicht kopiert (CSV)")
                            << QStringLiteral("2 Schichten kopiert (CSV)") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("已复制 1 层（CSV）")
                               << QStringLiteral("已复制 2 层（CSV）") << QStringLiteral("zh-CN");
    }

    void loadsTranslations()
    {
        QFETCH(QString, language);
        QFETCH(QString, one);
        QFETCH(QString, two);
        QFETCH(QString, htmlLang);
        QVERIFY2(availableLanguages().contains(language.startsWith(QLatin1String("de"))
                                                   ? QStringLiteral("de")
                                                   : language),
                 qPrintable(availableLanguages().join(QLatin1Char(' '))));
        const QString installed = installTranslations(language);
        QVERIFY(!installed.isEmpty());
        const char *source = "Copied %n layer(s) as CSV";
        QCOMPARE(QCoreApplication::translate("whittle::MainWindow", source, nullptr, 1), one);
        QCOMPARE(QCoreApplication::translate("whittle::MainWindow", source, nullptr, 2), two);
        // The HTML report's lang attribute says the language it is written in.
        QCOMPARE(QCoreApplication::translate("Whittle", "en", "the report's language, as an HTML lang tag"), htmlLang);
        // Take them out again, for the next row.
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    // The CLI speaks the language of the environment (LANGUAGE before
    // LC_ALL, LC_MESSAGES and LANG, as gettext does), and its table stays
    // aligned when the headers are Chinese.
    void cliFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("totals");
        QTest::newRow("C") << QStringLiteral("C") << QString() << QStringLiteral("name")
                           << QStringLiteral("total: ");
        QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8") << QString() << QStringLiteral("Name")
                               << QStringLiteral("gesamt: ");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN.UTF-8") << QString() << QStringLiteral("名称")
                               << QStringLiteral("合计：");
        QTest::newRow("LANGUAGE=zh_CN over LANG=de") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("zh_CN")
                                                     << QStringLiteral("名称") << QStringLiteral("合计：");
    }

    void cliFollowsTheLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, language);
        QFETCH(QString, header);
        QFETCH(QString, totals);
        QHash<QString, QString> variables{{QStringLiteral("LANG"), lang}};
        if (!language.isEmpty())
            variables.insert(QStringLiteral("LANGUAGE"), language);
        const QStringList lines = inspectLines(variables);
        QVERIFY2(lines.size() > 3, qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY2(lines.front().startsWith(header), qPrintable(lines.front()));
        const auto total = std::find_if(lines.begin(), lines.end(),
                                        [&](const QString &l) { return l.startsWith(totals); });
        QVERIFY2(total != lines.end(), qPrintable(lines.join(QLatin1Char('\n'))));
        // Header and layer rows, up to the totals line, are padded to one width.
        for (auto it = lines.begin() + 1; it != total; ++it)
            QVERIFY2(columns(*it) == columns(lines.front()),
                     qPrintable(lines.front() + QLatin1Char('\n') + *it));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
