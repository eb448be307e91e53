#pragma once

#include <QCoreApplication>

namespace whittle {

// Translation context for user-visible strings in code that is not a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Whittle)
};

} // namespace whittle
