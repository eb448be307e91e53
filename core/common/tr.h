#pragma once

#include <QCoreApplication>

namespace whittle {

// Translation context for user-visible strings in code that is not a QObject.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Whittle)

public:
    // What goes between the clauses of one message: "; ", or "；" in Chinese.
    static QString clauseSeparator() { return tr("; ", "between the clauses of one message"); }
};

} // namespace whittle
