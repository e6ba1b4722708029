#pragma once

// libcurl plumbing shared by the e-mail and SMS transports. Internal to core: only
// messaging/*.cpp include this header.

#include <QByteArray>
#include <QString>

#include <curl/curl.h>

#include <atomic>
#include <memory>

namespace rapport::curl {

// curl_global_init, once per process, before the first handle.
void ensureInitialised();

struct EasyDeleter
{
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
using Easy = std::unique_ptr<CURL, EasyDeleter>;

// A new easy handle with what every transfer here wants: no signals (send() runs on
// worker threads), an error buffer, timeouts, and a progress callback that aborts the
// transfer when *cancel becomes true.
struct Transfer
{
    Easy handle;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    Transfer(int timeoutSeconds, const std::atomic_bool* cancel);
    Transfer(const Transfer&) = delete;
    Transfer& operator=(const Transfer&) = delete;

    [[nodiscard]] bool isValid() const { return handle != nullptr; }
    [[nodiscard]] long responseCode() const;
    // curl's own words for a failure: the error buffer when it has text, else the code's.
    [[nodiscard]] QString errorText(CURLcode code) const;
};

class StringList
{
public:
    StringList() = default;
    ~StringList() { curl_slist_free_all(m_list); }
    StringList(const StringList&) = delete;
    StringList& operator=(const StringList&) = delete;
    void append(const QByteArray& line) { m_list = curl_slist_append(m_list, line.constData()); }
    [[nodiscard]] curl_slist* get() const { return m_list; }

private:
    curl_slist* m_list = nullptr;
};

} // namespace rapport::curl
