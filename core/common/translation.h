#pragma once

#include <QString>
#include <QStringList>

namespace whittle {

// The folder of Whittle's .qm files: <prefix>/share/whittle/translations,
// found relative to the running program (bin/ → ../share/...), which holds
// in the build tree and after installation alike.
QString translationsDir();

// The languages Whittle has a translation for ("de", "zh_CN"), from the .qm
// files present.
QStringList availableLanguages();

// Installs the translators of `language` ("de", "zh_CN", a locale name such
// as "de_AT" or "zh_CN.UTF-8"; empty: the system's UI languages) for the
// application: Whittle's own strings and Qt's (dialog buttons, shortcuts).
// Gives the language installed, empty when the program stays in English.
// Call once, after the Q(Core)Application exists.
QString installTranslations(const QString &language = {});

} // namespace whittle
