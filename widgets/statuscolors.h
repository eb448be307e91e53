#pragma once

#include <QColor>
#include <QPalette>

namespace whittle {

// Text colours for "look here" and "this is wrong", readable on the palette's
// base colour: darker hues on light themes, lighter ones on dark themes.
inline bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

inline QColor warningTextColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xf5, 0xa6, 0x23) : QColor(0xa8, 0x4b, 0x00);
}

inline QColor errorTextColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

} // namespace whittle
