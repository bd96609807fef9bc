# 分享連結與 QR 碼。

link-name = 分享連結
