#pragma once

#include <QPalette>
#include <QString>

namespace whittle {

// The window's colours: the desktop's own, or one of two fixed palettes for
// users whose desktop theme does not suit long sessions.
enum class Theme { System, Light, Dark };

QString themeKey(Theme theme); // "system", "light", "dark" (what the settings store)
Theme themeFromKey(const QString &key); // unknown keys → System

// The fixed palettes (the Fusion style's roles, with legible disabled and
// link colours); System gives the palette the application started with.
QPalette themePalette(Theme theme);

// Sets the style and palette of the whole application. The first call
// remembers the desktop's style and palette, so that System restores them.
void applyTheme(Theme theme);

} // namespace whittle
