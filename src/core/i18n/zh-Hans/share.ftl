# 分享链接与二维码。

link-name = 分享链接
