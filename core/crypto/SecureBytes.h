#pragma once

#include <QByteArray>

#include <cstddef>

namespace rapport {

// A fixed-size secret held in libsodium's guarded, locked memory and wiped when it is
// destroyed or cleared. Move-only: a secret is never copied by accident.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    [[nodiscard]] static SecureBytes random(std::size_t size);
    [[nodiscard]] static SecureBytes fromRaw(const unsigned char* data, std::size_t size);
    [[nodiscard]] SecureBytes clone() const;

    [[nodiscard]] unsigned char* data() { return m_data; }
    [[nodiscard]] const unsigned char* data() const { return m_data; }
    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] bool equals(const SecureBytes& other) const;

    // Lower-case hex in a QByteArray; the caller wipes it (see wipe()).
    [[nodiscard]] QByteArray toHex() const;

    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Overwrites a QByteArray's bytes in place before it is released.
void wipe(QByteArray& bytes);
void wipe(std::string& bytes);

} // namespace rapport
