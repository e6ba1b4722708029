#include "crypto/SecureBytes.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <new>
#include <string>

namespace rapport {

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    Sodium::ensureInitialised();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes out(size);
    if (size)
        randombytes_buf(out.m_data, size);
    return out;
}

SecureBytes SecureBytes::fromRaw(const unsigned char* data, std::size_t size)
{
    SecureBytes out(size);
    if (size)
        std::copy(data, data + size, out.m_data);
    return out;
}

SecureBytes SecureBytes::clone() const
{
    return fromRaw(m_data, m_size);
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

QByteArray SecureBytes::toHex() const
{
    QByteArray out(static_cast<qsizetype>(m_size * 2 + 1), '\0');
    sodium_bin2hex(out.data(), static_cast<size_t>(out.size()), m_data, m_size);
    out.chop(1);
    return out;
}

void SecureBytes::clear()
{
    if (m_data)
        sodium_free(m_data); // sodium_free wipes before releasing
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void wipe(std::string& bytes)
{
    if (!bytes.empty())
        sodium_memzero(bytes.data(), bytes.size());
    bytes.clear();
}

} // namespace rapport
