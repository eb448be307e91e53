#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace whittle {

// A failure that names what is at fault: the file, node or field.
struct Error
{
    QString message;
};

// A value or an Error. Core functions return these instead of throwing;
// exceptions from protobuf, ONNX or OpenCV are caught where they are called.
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    // The error's message; empty for a value (so that it can be passed
    // along unconditionally, e.g. as a test's failure description).
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

// Success without a value, or an Error: for operations that only succeed or
// fail (saving a file). `return {};` is success.
template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }

    const Error &error() const { return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

} // namespace whittle
