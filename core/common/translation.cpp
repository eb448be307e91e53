#include "translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace whittle {

QString translationsDir()
{
    return QDir(QCoreApplication::applicationDirPath())
        .absoluteFilePath(QStringLiteral("../share/whittle/translations"));
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(translationsDir()).entryList({QStringLiteral("whittle_*.qm")}, QDir::Files, QDir::Name);
    for (QString file : files)
        languages << file.mid(8, file.size() - 8 - 3); // "whittle_" … ".qm"
    return languages;
}

QString installTranslations(const QString &language)
{
    // QTranslator::load(QLocale, ...) tries "de_AT", then "de", for each of
    // the locale's UI languages in turn.
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return {};
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(locale, QStringLiteral("whittle"), QStringLiteral("_"), translationsDir())) {
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return ours->language();
}

} // namespace whittle
